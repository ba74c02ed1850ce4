package org.ponte.events.referrals;

import org.ponte.events.vocabulary.ReferralPriority;
import org.ponte.events.vocabulary.InterventionArea;

import java.time.Instant;

import static org.ponte.events.Require.present;

/** A technician referred a case to a partner for an area; the partner must answer by {@code respondBy}. The free-text reason stays in referral-service. */
public record ReferralRequested(
        String referralId,
        String referenceNumber,
        String caseId,
        String beneficiaryId,
        String officeId,
        String partnerId,
        InterventionArea area,
        String requestedBy,
        ReferralPriority priority,
        Instant requestedAt,
        Instant respondBy) implements ReferralEvent {

    public ReferralRequested {
        ReferralEvent.requireRoutingFacts(referralId, referenceNumber, caseId, beneficiaryId, officeId, partnerId, area, requestedBy);
        present(priority, "priority");
        present(requestedAt, "requestedAt");
        present(respondBy, "respondBy");
    }
}
