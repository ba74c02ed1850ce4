package org.ponte.reporting.plan;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;

/** A hand-reported amount of an indicator (two guides published, six training hours) on a date. */
@Document("indicator_entries")
public record ManualEntry(@Id String id, String planId, String code, LocalDate date, long value, String note, String reportedBy,
                          Instant reportedAt) {
}
