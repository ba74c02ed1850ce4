package org.ponte.events.referrals;

import org.ponte.events.vocabulary.CompletionOutcome;
import org.ponte.events.vocabulary.InterventionArea;

import java.time.Instant;

import static org.ponte.events.Require.present;

/** The partner reported what came of an accepted referral; the loop is closed. */
public record ReferralCompleted(
        String referralId,
        String referenceNumber,
        String caseId,
        String beneficiaryId,
        String officeId,
        String partnerId,
        InterventionArea area,
        String requestedBy,
        CompletionOutcome outcome,
        String completedBy,
        Instant completedAt) implements ReferralEvent {

    public ReferralCompleted {
        ReferralEvent.requireRoutingFacts(referralId, referenceNumber, caseId, beneficiaryId, officeId, partnerId, area, requestedBy);
        present(outcome, "outcome");
        present(completedBy, "completedBy");
        present(completedAt, "completedAt");
    }
}
