package org.ponte.events.partners;

import java.time.Instant;

import static org.ponte.events.Require.present;

/** The partner no longer takes referrals; its directory entry stays, marked inactive. */
public record PartnerDeactivated(
        String partnerId,
        long revision,
        String deactivatedBy,
        Instant deactivatedAt) implements PartnerDirectoryEvent {

    public PartnerDeactivated {
        present(partnerId, "partnerId");
        present(deactivatedBy, "deactivatedBy");
        present(deactivatedAt, "deactivatedAt");
    }
}
