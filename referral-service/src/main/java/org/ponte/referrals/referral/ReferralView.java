package org.ponte.referrals.referral;

import org.ponte.events.vocabulary.InterventionArea;
import org.ponte.events.vocabulary.ReferralPriority;
import org.ponte.events.vocabulary.ReferralStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A referral as the API answers it. A partner sees the reason only while the person consents to sharing
 * with partners; the office's technicians always do.
 */
record ReferralView(String id, String referenceNumber, String caseId, String caseNumber, String beneficiaryId, String officeId,
                    String partnerId, String externalOrganisation, InterventionArea area, ReferralPriority priority, String reason,
                    ReferralStatus status, String requestedBy, Instant requestedAt, Instant respondBy, LocalDate followUpOn,
                    boolean overdue, List<Transition> history, Long version) {

    static ReferralView of(Referral r, boolean showReason) {
        return new ReferralView(r.id(), r.referenceNumber(), r.caseId(), r.caseNumber(), r.beneficiaryId(), r.officeId(),
                r.partnerId(), r.externalOrganisation(), r.area(), r.priority(), showReason ? r.reason() : null, r.status(),
                r.requestedBy(), r.requestedAt(), r.respondBy(), r.followUpOn(), r.overdue(),
                showReason ? r.history() : r.history().stream().map(Transition::withoutNote).toList(), r.version());
    }
}
