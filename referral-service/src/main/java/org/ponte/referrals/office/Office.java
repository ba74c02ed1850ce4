package org.ponte.referrals.office;

import org.ponte.events.partners.OfficeUpserted;
import org.ponte.platform.outbox.AggregateRoot;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * One of the network's offices. Every change is published as a full snapshot (OfficeUpserted) on the compacted
 * directory topic, with a growing revision: case-service learns the case-number prefix from it, reporting-service
 * the name and region.
 */
@Document("offices")
public class Office extends AggregateRoot {

    @Id
    private String id;
    private OfficeDetails details;
    /** Unique: two offices with one prefix would hand out the same case numbers. */
    @Indexed(unique = true)
    private String caseNumberPrefix;
    private long revision;
    private String updatedBy;
    private Instant updatedAt;

    Office() {
    }

    static Office create(String id, OfficeDetails details, String by, Instant now) {
        Office office = new Office();
        office.id = id;
        office.change(details, by, now);
        return office;
    }

    void change(OfficeDetails newDetails, String by, Instant now) {
        details = newDetails;
        caseNumberPrefix = newDetails.caseNumberPrefix();
        revision++;
        updatedBy = by;
        updatedAt = now;
        publish(new OfficeUpserted(id, revision, details.name(), details.municipality(), details.region(), caseNumberPrefix,
                details.isActive(), now), now);
    }

    public String id() {
        return id;
    }

    public OfficeDetails details() {
        return details;
    }

    public boolean active() {
        return details.isActive();
    }

    public long revision() {
        return revision;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    String updatedBy() {
        return updatedBy;
    }
}
