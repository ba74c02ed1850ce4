package org.ponte.referrals.referral;

import org.ponte.platform.domain.Conflict;
import org.ponte.events.referrals.ReferralAccepted;
import org.ponte.events.referrals.ReferralCancelled;
import org.ponte.events.referrals.ReferralCompleted;
import org.ponte.events.referrals.ReferralDeclined;
import org.ponte.events.referrals.ReferralOverdue;
import org.ponte.events.referrals.ReferralRequested;
import org.ponte.events.vocabulary.CancellationReason;
import org.ponte.events.vocabulary.CompletionOutcome;
import org.ponte.events.vocabulary.DeclineReason;
import org.ponte.events.vocabulary.InterventionArea;
import org.ponte.events.vocabulary.ReferralPriority;
import org.ponte.events.vocabulary.ReferralStatus;
import org.ponte.platform.outbox.AggregateRoot;
import org.ponte.platform.privacy.PersonalRecord;
import org.ponte.platform.privacy.Sealed;
import org.ponte.platform.privacy.Processing;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BinaryOperator;

/**
 * A guided, followed-up referral (encaminhamento) of a case to a partner for one area. Its lifecycle:
 * PENDING → ACCEPTED | DECLINED; ACCEPTED → COMPLETED; PENDING or ACCEPTED → CANCELLED. Every step is kept
 * with who and when; overdue is a flag a pending referral gets once, when its partner has not answered by
 * {@code respondBy}. An off-platform referral (to an organisation not on Ponte) has its answers recorded by
 * the technician.
 */
@Processing(holds = "the person's id, case, partner, area, and the reason and each step's note (sealed)",
        purpose = "referring the person to a partner and following the referral up",
        kept = "the reason and notes until the person is erased; the facts stay, anonymous")
@Document("referrals")
@CompoundIndexes({
        @CompoundIndex(name = "case", def = "{'caseId': 1}"),
        @CompoundIndex(name = "partner_status", def = "{'partnerId': 1, 'status': 1}"),
        @CompoundIndex(name = "pending_deadline", def = "{'status': 1, 'overdue': 1, 'respondBy': 1}")})
public class Referral extends AggregateRoot implements PersonalRecord {

    static final String OFF_PLATFORM_PREFIX = "off-platform:";

    @Id
    private String id;
    private String referenceNumber;
    private String caseId;
    private String caseNumber;
    private String beneficiaryId;
    private String officeId;
    private String partnerId;
    private String externalOrganisation;
    private InterventionArea area;
    private ReferralPriority priority;
    @Sealed
    private String reason;
    private ReferralStatus status;
    private String requestedBy;
    private Instant requestedAt;
    private Instant respondBy;
    private LocalDate followUpOn;
    private boolean overdue;
    private Instant firstResponseAt;
    private List<Transition> history = new ArrayList<>();

    @Override
    public String sealedFor() {
        return beneficiaryId;
    }

    /** The notes written at each step: about the person, sealed with their key in the store. */
    @Override
    public void mapNestedText(BinaryOperator<String> text) {
        history = new ArrayList<>(history.stream().map(step -> step.withNote(text.apply("Transition.note", step.note()))).toList());
    }

    Referral() {
    }

    record Request(String caseId, String caseNumber, String beneficiaryId, String officeId, String partnerId,
                   String externalOrganisation, InterventionArea area, ReferralPriority priority, String reason,
                   Instant respondBy, LocalDate followUpOn) {
    }

    static Referral request(String id, String referenceNumber, Request request, String by, Instant now) {
        Referral referral = new Referral();
        referral.id = id;
        referral.referenceNumber = referenceNumber;
        referral.caseId = request.caseId();
        referral.caseNumber = request.caseNumber();
        referral.beneficiaryId = request.beneficiaryId();
        referral.officeId = request.officeId();
        referral.partnerId = request.partnerId();
        referral.externalOrganisation = request.externalOrganisation();
        referral.area = request.area();
        referral.priority = request.priority();
        referral.reason = request.reason();
        referral.status = ReferralStatus.PENDING;
        referral.requestedBy = by;
        referral.requestedAt = now;
        referral.respondBy = request.respondBy();
        referral.followUpOn = request.followUpOn();
        referral.history.add(Transition.to(ReferralStatus.PENDING, by, now, null));
        referral.publish(new ReferralRequested(id, referenceNumber, referral.caseId, referral.beneficiaryId, referral.officeId,
                referral.partnerId, referral.area, by, referral.priority, now, referral.respondBy), now);
        return referral;
    }

    void accept(String by, Instant at, String note) {
        move(EnumSet.of(ReferralStatus.PENDING), ReferralStatus.ACCEPTED, Transition.to(ReferralStatus.ACCEPTED, by, at, note));
        publish(new ReferralAccepted(id, referenceNumber, caseId, beneficiaryId, officeId, partnerId, area, requestedBy, by, at), at);
    }

    void decline(String by, Instant at, DeclineReason declineReason, String note) {
        move(EnumSet.of(ReferralStatus.PENDING), ReferralStatus.DECLINED,
                new Transition(ReferralStatus.DECLINED, by, at, note, declineReason, null, null));
        publish(new ReferralDeclined(id, referenceNumber, caseId, beneficiaryId, officeId, partnerId, area, requestedBy, declineReason,
                by, at), at);
    }

    void complete(String by, Instant at, CompletionOutcome outcome, String note) {
        move(EnumSet.of(ReferralStatus.ACCEPTED), ReferralStatus.COMPLETED,
                new Transition(ReferralStatus.COMPLETED, by, at, note, null, outcome, null));
        publish(new ReferralCompleted(id, referenceNumber, caseId, beneficiaryId, officeId, partnerId, area, requestedBy, outcome,
                by, at), at);
    }

    void cancel(String by, Instant at, CancellationReason cancellationReason, String note) {
        move(EnumSet.of(ReferralStatus.PENDING, ReferralStatus.ACCEPTED), ReferralStatus.CANCELLED,
                new Transition(ReferralStatus.CANCELLED, by, at, note, null, null, cancellationReason));
        publish(new ReferralCancelled(id, referenceNumber, caseId, beneficiaryId, officeId, partnerId, area, requestedBy, by, at,
                cancellationReason), at);
    }

    /** Flags a pending referral whose deadline passed, once; returns whether it did. */
    boolean flagIfOverdue(Instant now) {
        if (status != ReferralStatus.PENDING || overdue || !now.isAfter(respondBy)) {
            return false;
        }
        overdue = true;
        publish(new ReferralOverdue(id, referenceNumber, caseId, beneficiaryId, officeId, partnerId, area, requestedBy, respondBy, now),
                now);
        return true;
    }

    /** The person was erased: the free text about them goes; the facts of the referral stay. */
    void eraseFreeText() {
        reason = null;
        history = new ArrayList<>(history.stream().map(Transition::withoutNote).toList());
    }

    private void move(Set<ReferralStatus> from, ReferralStatus to, Transition transition) {
        if (!from.contains(status)) {
            throw new Conflict("illegal-transition", "Referral " + referenceNumber + " is " + status + "; it cannot become " + to
                    + " (only from " + from + ").");
        }
        if (firstResponseAt == null && (to == ReferralStatus.ACCEPTED || to == ReferralStatus.DECLINED)) {
            firstResponseAt = transition.at();
        }
        status = to;
        overdue = false;
        history.add(transition);
    }

    public boolean isOffPlatform() {
        return partnerId != null && partnerId.startsWith(OFF_PLATFORM_PREFIX);
    }

    public String id() {
        return id;
    }

    public String referenceNumber() {
        return referenceNumber;
    }

    public String caseId() {
        return caseId;
    }

    public String caseNumber() {
        return caseNumber;
    }

    public String beneficiaryId() {
        return beneficiaryId;
    }

    public String officeId() {
        return officeId;
    }

    public String partnerId() {
        return partnerId;
    }

    public String externalOrganisation() {
        return externalOrganisation;
    }

    public InterventionArea area() {
        return area;
    }

    public ReferralPriority priority() {
        return priority;
    }

    public String reason() {
        return reason;
    }

    public ReferralStatus status() {
        return status;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Instant respondBy() {
        return respondBy;
    }

    public LocalDate followUpOn() {
        return followUpOn;
    }

    public boolean overdue() {
        return overdue;
    }

    public Instant firstResponseAt() {
        return firstResponseAt;
    }

    public List<Transition> history() {
        return List.copyOf(history);
    }
}
