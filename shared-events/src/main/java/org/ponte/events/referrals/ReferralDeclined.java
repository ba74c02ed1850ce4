package org.ponte.events.referrals;

import org.ponte.events.vocabulary.DeclineReason;
import org.ponte.events.vocabulary.InterventionArea;

import java.time.Instant;

import static org.ponte.events.Require.present;

/** The partner declined the referral, for one of the reasons of the catalogue (its note stays in referral-service). */
public record ReferralDeclined(
        String referralId,
        String referenceNumber,
        String caseId,
        String beneficiaryId,
        String officeId,
        String partnerId,
        InterventionArea area,
        String requestedBy,
        DeclineReason reason,
        String declinedBy,
        Instant declinedAt) implements ReferralEvent {

    public ReferralDeclined {
        ReferralEvent.requireRoutingFacts(referralId, referenceNumber, caseId, beneficiaryId, officeId, partnerId, area, requestedBy);
        present(reason, "reason");
        present(declinedBy, "declinedBy");
        present(declinedAt, "declinedAt");
    }
}
