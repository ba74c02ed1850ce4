package org.ponte.cases.referral;

import org.ponte.cases.beneficiary.PartnerAccess;
import org.ponte.cases.casework.CaseReferrals;
import org.ponte.cases.casework.CaseViews;
import org.ponte.events.EventEnvelope;
import org.ponte.platform.messaging.EventHandlers;
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

    /** Each referral event moves its summary on; an overdue one only flags it. */
    EventHandlers handlers() {
        return EventHandlers.create()
                .withEnvelope(ReferralRequested.class, (envelope, event) -> moved(envelope, event, ReferralStatus.PENDING))
                .withEnvelope(ReferralAccepted.class, (envelope, event) -> moved(envelope, event, ReferralStatus.ACCEPTED))
                .withEnvelope(ReferralDeclined.class, (envelope, event) -> moved(envelope, event, ReferralStatus.DECLINED))
                .withEnvelope(ReferralCompleted.class, (envelope, event) -> moved(envelope, event, ReferralStatus.COMPLETED))
                .withEnvelope(ReferralCancelled.class, (envelope, event) -> moved(envelope, event, ReferralStatus.CANCELLED))
                .withEnvelope(ReferralOverdue.class, this::overdue);
    }

    private void moved(EventEnvelope<?> envelope, ReferralEvent event, ReferralStatus status) {
        ReferralSummary summary = summaryOf(event);
        summary.status = furthest(summary.status, status);
        summary.overdue = summary.overdue && summary.status == ReferralStatus.PENDING;
        save(summary, envelope);
    }

    private void overdue(EventEnvelope<?> envelope, ReferralOverdue event) {
        ReferralSummary summary = summaryOf(event);
        summary.overdue = summary.status == null || summary.status == ReferralStatus.PENDING;
        summary.status = summary.status == null ? ReferralStatus.PENDING : summary.status;
        save(summary, envelope);
    }

    private ReferralSummary summaryOf(ReferralEvent event) {
        ReferralSummary summary = summaries.findById(event.referralId()).orElseGet(ReferralSummary::new);
        summary.referralId = event.referralId();
        summary.referenceNumber = event.referenceNumber();
        summary.caseId = event.caseId();
        summary.beneficiaryId = event.beneficiaryId();
        summary.partnerId = event.partnerId();
        summary.area = event.area();
        return summary;
    }

    private void save(ReferralSummary summary, EventEnvelope<?> envelope) {
        summary.updatedAt = envelope.occurredAt();
        summaries.save(summary);
    }

    /**
     * A referral only moves forward (requested, accepted, then an end), so a status never goes back: an event
     * that arrives late, as a request re-sent after its relay died around a broker restart, changes nothing.
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
