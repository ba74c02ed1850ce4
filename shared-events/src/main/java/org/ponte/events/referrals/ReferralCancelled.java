package org.ponte.events.referrals;

import org.ponte.events.vocabulary.InterventionArea;

import java.time.Instant;

import static org.ponte.events.Require.present;

/** The referring office withdrew a referral that was still open. */
public record ReferralCancelled(
        String referralId,
        String referenceNumber,
        String caseId,
        String beneficiaryId,
        String officeId,
        String partnerId,
        InterventionArea area,
        String requestedBy,
        String cancelledBy,
        Instant cancelledAt) implements ReferralEvent {

    public ReferralCancelled {
        ReferralEvent.requireRoutingFacts(referralId, referenceNumber, caseId, beneficiaryId, officeId, partnerId, area, requestedBy);
        present(cancelledBy, "cancelledBy");
        present(cancelledAt, "cancelledAt");
    }
}
