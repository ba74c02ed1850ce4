package org.ponte.events.referrals;

import org.ponte.events.vocabulary.InterventionArea;

import java.time.Instant;

import static org.ponte.events.Require.present;

/** The partner accepted the referral; {@code acceptedBy} is the partner user or integration client. */
public record ReferralAccepted(
        String referralId,
        String referenceNumber,
        String caseId,
        String beneficiaryId,
        String officeId,
        String partnerId,
        InterventionArea area,
        String requestedBy,
        String acceptedBy,
        Instant acceptedAt) implements ReferralEvent {

    public ReferralAccepted {
        ReferralEvent.requireRoutingFacts(referralId, referenceNumber, caseId, beneficiaryId, officeId, partnerId, area, requestedBy);
        present(acceptedBy, "acceptedBy");
        present(acceptedAt, "acceptedAt");
    }
}
