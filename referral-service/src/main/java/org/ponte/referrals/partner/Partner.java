package org.ponte.referrals.partner;

import org.ponte.events.partners.PartnerDeactivated;
import org.ponte.events.partners.PartnerServiceSnapshot;
import org.ponte.events.partners.PartnerUpserted;
import org.ponte.events.vocabulary.InterventionArea;
import org.ponte.events.vocabulary.ReferralPriority;
import org.ponte.platform.outbox.AggregateRoot;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * A partner organisation in the directory. Every change is published as a full snapshot on the compacted
 * {@code partner-directory} topic, with a growing revision, so other services keep their own copy.
 */
@Document("partners")
public class Partner extends AggregateRoot {

    @Id
    private String id;
    private PartnerDetails details;
    private boolean active;
    private long revision;
    private String updatedBy;
    private Instant updatedAt;

    Partner() {
    }

    static Partner create(String id, PartnerDetails details, String by, Instant now) {
        Partner partner = new Partner();
        partner.id = id;
        partner.change(details, by, now);
        return partner;
    }

    void change(PartnerDetails newDetails, String by, Instant now) {
        boolean wasActive = active;
        details = newDetails;
        active = newDetails.isActive();
        revision++;
        updatedBy = by;
        updatedAt = now;
        if (wasActive && !active) {
            publish(new PartnerDeactivated(id, revision, by, now), now);
        } else {
            publish(snapshot(), now);
        }
    }

    PartnerUpserted snapshot() {
        return new PartnerUpserted(id, revision, details.name(), details.areas(), details.municipalities(), details.languages(),
                details.preferredLanguage(), details.email(), active,
                details.services().stream().map(s -> new PartnerServiceSnapshot(s.id(), s.name(), s.areas())).toList(), updatedAt);
    }

    /** Whether the organisation or one of its services works in the area. */
    public boolean serves(InterventionArea area) {
        return details.areas().contains(area) || details.services().stream().anyMatch(s -> s.areas().contains(area));
    }

    /** Working days the partner has to answer a referral of this priority; its own protocol, or the default. */
    public int responseWorkingDays(ReferralPriority priority, int defaultUrgent, int defaultRoutine) {
        Integer own = priority == ReferralPriority.URGENT ? details.urgentResponseDays() : details.routineResponseDays();
        return own != null ? own : priority == ReferralPriority.URGENT ? defaultUrgent : defaultRoutine;
    }

    public String id() {
        return id;
    }

    public PartnerDetails details() {
        return details;
    }

    public boolean active() {
        return active;
    }

    public long revision() {
        return revision;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
