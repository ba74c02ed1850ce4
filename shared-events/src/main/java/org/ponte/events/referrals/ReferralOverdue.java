package org.ponte.events.referrals;

import org.ponte.events.vocabulary.InterventionArea;

import java.time.Instant;

import static org.ponte.events.Require.present;

/** The partner did not answer by the deadline; the referral stays pending and is flagged overdue. */
public record ReferralOverdue(
        String referralId,
        String referenceNumber,
        String caseId,
        String beneficiaryId,
        String officeId,
        String partnerId,
        InterventionArea area,
        String requestedBy,
        Instant respondBy,
        Instant flaggedAt) implements ReferralEvent {

    public ReferralOverdue {
        ReferralEvent.requireRoutingFacts(referralId, referenceNumber, caseId, beneficiaryId, officeId, partnerId, area, requestedBy);
        present(respondBy, "respondBy");
        present(flaggedAt, "flaggedAt");
    }
}
