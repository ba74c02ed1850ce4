package org.ponte.events.referrals;

import org.ponte.events.vocabulary.CancellationReason;
import org.ponte.events.vocabulary.InterventionArea;

import java.time.Instant;

import static org.ponte.events.Require.present;

/**
 * A referral that was still open was cancelled: recalled by the referring office, or ended because its case
 * closed or the person withdrew consent to sharing. {@code reason} was added within version 1, so it is
 * optional: events written before it have none.
 */
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
        Instant cancelledAt,
        CancellationReason reason) implements ReferralEvent {

    public ReferralCancelled {
        ReferralEvent.requireRoutingFacts(referralId, referenceNumber, caseId, beneficiaryId, officeId, partnerId, area, requestedBy);
        present(cancelledBy, "cancelledBy");
        present(cancelledAt, "cancelledAt");
    }
}
