package org.ponte.reporting.office;

import org.ponte.events.vocabulary.Region;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** An office of the network as the directory last told of it: what reports show beside its figures and group it by. */
@Document("offices")
public record KnownOffice(@Id String officeId, String name, Region region, boolean active, long revision) {
}
