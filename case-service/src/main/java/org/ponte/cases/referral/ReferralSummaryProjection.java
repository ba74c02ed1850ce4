package org.ponte.cases.referral;

import org.ponte.cases.beneficiary.PartnerAccess;
import org.ponte.cases.casework.CaseReferrals;
import org.ponte.cases.casework.CaseViews;
import org.ponte.events.EventEnvelope;
import org.ponte.events.PonteEvent;
import org.ponte.events.referrals.ReferralAccepted;
import org.ponte.events.referrals.ReferralCancelled;
import org.ponte.events.referrals.ReferralCompleted;
import org.ponte.events.referrals.ReferralDeclined;
import org.ponte.events.referrals.ReferralEvent;
import org.ponte.events.referrals.ReferralOverdue;
import org.ponte.events.referrals.ReferralRequested;
import org.ponte.events.vocabulary.ReferralStatus;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Each case's referrals as referral-events tell them: partner, area, status, overdue flag. Applying an event
 * sets the state it describes, so applying it again changes nothing; a referral's events arrive in order
 * (one key, one partition), and one that comes late anyway never takes its status back. The same summaries decide a partner's access to a person's shared contact.
 */
@Component
class ReferralSummaryProjection implements CaseReferrals, PartnerAccess {

    /** A partner may see the person's shared contact while the referral to it is still being worked on. */
    static final Set<ReferralStatus> GRANTING_ACCESS = EnumSet.of(ReferralStatus.PENDING, ReferralStatus.ACCEPTED);

    private final ReferralSummaries summaries;

    ReferralSummaryProjection(ReferralSummaries summaries) {
        this.summaries = summaries;
    }

    void apply(EventEnvelope<? extends PonteEvent> envelope) {
        if (!(envelope.data() instanceof ReferralEvent event)) {
            return;
        }
        ReferralSummary summary = summaries.findById(event.referralId()).orElseGet(ReferralSummary::new);
        summary.referralId = event.referralId();
        summary.referenceNumber = event.referenceNumber();
        summary.caseId = event.caseId();
        summary.beneficiaryId = event.beneficiaryId();
        summary.partnerId = event.partnerId();
        summary.area = event.area();
        if (event instanceof ReferralOverdue) {
            summary.overdue = summary.status == null || summary.status == ReferralStatus.PENDING;
            summary.status = summary.status == null ? ReferralStatus.PENDING : summary.status;
        } else {
            summary.status = furthest(summary.status, statusAfter(event));
            summary.overdue = summary.overdue && summary.status == ReferralStatus.PENDING;
        }
        summary.updatedAt = envelope.occurredAt();
        summaries.save(summary);
    }

    /**
     * A referral only moves forward (requested, accepted, then an end), so a status never goes back: an event
     * that arrives late, as a request re-sent after its relay died around a broker restart, changes nothing.
     * The kill fault test found a referral shown PENDING on its case while referral-service had it ACCEPTED.
     */
    private static ReferralStatus furthest(ReferralStatus current, ReferralStatus next) {
        return current == null || stage(next) > stage(current) ? next : current;
    }

    private static int stage(ReferralStatus status) {
        return switch (status) {
            case PENDING -> 0;
            case ACCEPTED -> 1;
            case DECLINED, COMPLETED, CANCELLED -> 2;
        };
    }

    private static ReferralStatus statusAfter(ReferralEvent event) {
        if (event instanceof ReferralRequested) {
            return ReferralStatus.PENDING;
        } else if (event instanceof ReferralAccepted) {
            return ReferralStatus.ACCEPTED;
        } else if (event instanceof ReferralDeclined) {
            return ReferralStatus.DECLINED;
        } else if (event instanceof ReferralCompleted) {
            return ReferralStatus.COMPLETED;
        } else if (event instanceof ReferralCancelled) {
            return ReferralStatus.CANCELLED;
        }
        throw new IllegalArgumentException("no status after " + event.getClass().getSimpleName());
    }

    @Override
    public List<CaseViews.ReferralSummaryView> of(String caseId) {
        return summaries.findByCaseIdOrderByUpdatedAtDesc(caseId).stream()
                .map(s -> new CaseViews.ReferralSummaryView(s.referralId, s.referenceNumber, s.partnerId, s.area,
                        s.status.name(), s.overdue, s.updatedAt))
                .toList();
    }

    @Override
    public boolean hasOpenReferral(String beneficiaryId, String partnerId) {
        return partnerId != null && summaries.existsByBeneficiaryIdAndPartnerIdAndStatusIn(beneficiaryId, partnerId, GRANTING_ACCESS);
    }
}
