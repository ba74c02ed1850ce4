package org.ponte.cases.retention;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/** What one retention check erased at one office: how many people, never who. */
@Document("retention_runs")
record RetentionRun(@Id String id, String officeId, Instant at, String period, int erased) {
}
