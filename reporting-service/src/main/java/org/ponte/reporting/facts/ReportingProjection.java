package org.ponte.reporting.facts;

import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.ponte.events.EventEnvelope;
import org.ponte.events.PonteEvent;
import org.ponte.events.cases.AppointmentOutcomeRecorded;
import org.ponte.events.cases.AppointmentScheduled;
import org.ponte.events.cases.AttendanceRecorded;
import org.ponte.events.cases.BeneficiaryErased;
import org.ponte.events.cases.LegalStatusRecorded;
import org.ponte.events.cases.MentoringParticipant;
import org.ponte.events.cases.MentoringSessionHeld;
import org.ponte.events.notifications.NotificationEvent;
import org.ponte.events.notifications.NotificationDelivered;
import org.ponte.events.referrals.ReferralAccepted;
import org.ponte.events.referrals.ReferralCancelled;
import org.ponte.events.referrals.ReferralCompleted;
import org.ponte.events.referrals.ReferralDeclined;
import org.ponte.events.referrals.ReferralEvent;
import org.ponte.events.referrals.ReferralOverdue;
import org.ponte.events.referrals.ReferralRequested;
import org.ponte.events.programme.ActivityCancelled;
import org.ponte.events.programme.ActivityHeld;
import org.ponte.events.programme.ParticipantCount;
import org.ponte.events.programme.ResourcePublished;
import org.ponte.events.programme.ResourceWithdrawn;
import org.ponte.platform.messaging.EventMapping;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * The read models: one fact document per thing that happened (an attendance, a mentoring session, a referral,
 * a delivery), written by idempotent upserts keyed by the thing's own id. Applying an event twice, or events
 * of one referral in any order, gives the same documents; figures are computed from the facts when asked.
 * Facts hold pseudonymous ids and categories only.
 */
@Component
public class ReportingProjection {

    public static final String ATTENDANCES = "attendance_facts";
    public static final String MENTORING = "mentoring_facts";
    public static final String REFERRALS = "referral_facts";
    public static final String DELIVERIES = "delivery_facts";
    public static final String ERASURES = "erasure_facts";
    public static final String ACTIVITIES = "activity_facts";
    public static final String RESOURCES = "resource_facts";
    public static final String LEGAL_STATUSES = "legal_status_facts";
    public static final String APPOINTMENTS = "appointment_facts";
    public static final List<String> ALL = List.of(ATTENDANCES, MENTORING, REFERRALS, DELIVERIES, ERASURES, ACTIVITIES, RESOURCES,
            LEGAL_STATUSES, APPOINTMENTS);

    private final MongoOperations mongo;
    private final MeterRegistry meters;
    private final Clock clock;
    private final AtomicLong lastAppliedEventTime = new AtomicLong(0);

    ReportingProjection(MongoOperations mongo, MeterRegistry meters, Clock clock) {
        this.mongo = mongo;
        this.meters = meters;
        this.clock = clock;
        meters.gauge("ponte.reporting.projection.lag.seconds", lastAppliedEventTime,
                last -> last.get() == 0 ? 0 : Duration.between(Instant.ofEpochMilli(last.get()), Instant.now(clock)).toSeconds());
    }

    /** What one event changes: one fact document, by an idempotent upsert. */
    private record Change(String collection, String id, Update update) {
    }

    /** Applies one event to the read models; events that change no figure are counted and left. */
    public void apply(EventEnvelope<? extends PonteEvent> envelope) {
        changeFor(envelope).ifPresent(change -> {
            upsert(change.collection(), change.id(), change.update());
            applied(envelope);
        });
    }

    /**
     * Applies many events at once, as a rebuild reads them: one ordered bulk write per collection instead of a
     * round trip per event. The facts are order-independent upserts, so grouping by collection changes nothing.
     */
    public void applyAll(List<EventEnvelope<? extends PonteEvent>> envelopes) {
        Map<String, BulkOperations> bulks = new LinkedHashMap<>();
        for (EventEnvelope<? extends PonteEvent> envelope : envelopes) {
            changeFor(envelope).ifPresent(change -> {
                bulks.computeIfAbsent(change.collection(), collection -> mongo.bulkOps(BulkOperations.BulkMode.ORDERED, collection))
                        .upsert(Query.query(Criteria.where("_id").is(change.id())), change.update());
                applied(envelope);
            });
        }
        bulks.values().forEach(BulkOperations::execute);
    }

    private void applied(EventEnvelope<? extends PonteEvent> envelope) {
        meters.counter("ponte.reporting.events.applied", "type", envelope.type().simpleName()).increment();
        lastAppliedEventTime.accumulateAndGet(envelope.occurredAt().toEpochMilli(), Math::max);
    }

    /** The fact an event changes, or empty (counted) for an event that changes no figure. */
    private Optional<Change> changeFor(EventEnvelope<? extends PonteEvent> envelope) {
        Optional<Change> change = changes.map(envelope.data());
        if (change.isEmpty()) {
            meters.counter("ponte.reporting.events.ignored", "type", envelope.type().simpleName()).increment();
        }
        return change;
    }

    private final EventMapping<Change> changes = EventMapping.<Change>create()
            .on(AttendanceRecorded.class, this::attendance)
            .on(MentoringSessionHeld.class, m -> new Change(MENTORING, m.sessionId(), new Update()
                    .set("officeId", m.officeId()).set("occurredAt", m.occurredAt()).set("kind", m.kind().name()).set("area", m.area().name())
                    .set("beneficiaryIds", m.participants().stream().map(MentoringParticipant::beneficiaryId).toList())))
            .on(ReferralEvent.class, r -> new Change(REFERRALS, r.referralId(), referralUpdate(r)))
            .on(NotificationEvent.class, n -> new Change(DELIVERIES, n.deliveryId(), new Update().set("channel", n.channel().name())
                    .set("delivered", n instanceof NotificationDelivered).set("attempts", n instanceof NotificationDelivered d ? d.attempts() : 0)))
            // Facts hold only the pseudonymous id and categories, so every count stays as it was; the erasure is
            // kept as a fact of its own so that reports can say how many people asked for it.
            .on(BeneficiaryErased.class, erased -> new Change(ERASURES, erased.beneficiaryId(), new Update()
                    .set("officeId", erased.officeId()).set("erasedAt", erased.erasedAt())))
            // The latest revision of a held activity is what happened; a cancelled one stops counting.
            .on(ActivityHeld.class, held -> new Change(ACTIVITIES, held.activityId(), new Update()
                    .set("officeId", held.officeId()).set("type", held.type().name()).set("heldAt", held.heldAt())
                    .set("month", YearMonth.from(held.heldAt().atZone(ZoneOffset.UTC)).toString()).set("minutes", held.durationMinutes())
                    .set("areas", held.areas().stream().map(Enum::name).toList()).set("beneficiaryIds", held.beneficiaryIds())
                    .set("staff", held.staffIds().size()).set("partners", held.partnerIds().size())
                    .set("anonymous", held.anonymousParticipants().stream().collect(Collectors.toMap(
                            count -> count.category().name(), ParticipantCount::count, Integer::sum, LinkedHashMap::new)))
                    .set("participants", held.participants()).set("revision", held.revision())))
            .on(ActivityCancelled.class, cancelled -> new Change(ACTIVITIES, cancelled.activityId(), new Update()
                    .set("officeId", cancelled.officeId()).set("type", cancelled.type().name()).set("cancelled", true)
                    .set("cancelledAt", cancelled.cancelledAt())))
            // Withdrawn, a resource stops counting; published again, it counts from its new publication.
            .on(ResourcePublished.class, published -> new Change(RESOURCES, published.resourceId(), new Update()
                    .set("officeId", published.officeId()).set("type", published.type().name()).set("published", true)
                    .set("publishedAt", published.publishedAt()).set("languages", published.languages())
                    .set("audience", published.audience().name())))
            // A person's legal-status entries, by category and validity, to tell the mix of the people supported.
            .on(LegalStatusRecorded.class, status -> new Change(LEGAL_STATUSES, status.entryId(), new Update()
                    .set("beneficiaryId", status.beneficiaryId()).set("officeId", status.officeId()).set("category", status.category().name())
                    .set("validFrom", status.validFrom().toString()).set("validUntil", status.validUntil() == null ? null : status.validUntil().toString())
                    .set("recordedAt", status.recordedAt())))
            // An appointment as scheduled, then with its outcome: each event sets what it knows, in any order.
            .on(AppointmentScheduled.class, scheduled -> new Change(APPOINTMENTS, scheduled.appointmentId(), new Update()
                    .set("officeId", scheduled.officeId()).set("agency", scheduled.agency().name()).set("at", scheduled.at())))
            .on(AppointmentOutcomeRecorded.class, recorded -> new Change(APPOINTMENTS, recorded.appointmentId(), new Update()
                    .set("officeId", recorded.officeId()).set("agency", recorded.agency().name()).set("at", recorded.at())
                    .set("outcome", recorded.outcome().name())))
            .on(ResourceWithdrawn.class, withdrawn -> new Change(RESOURCES, withdrawn.resourceId(), new Update()
                    .set("officeId", withdrawn.officeId()).set("type", withdrawn.type().name()).set("published", false)
                    .set("withdrawnAt", withdrawn.withdrawnAt())));

    private Change attendance(AttendanceRecorded a) {
        return new Change(ATTENDANCES, a.attendanceId(), new Update()
                .set("caseId", a.caseId()).set("beneficiaryId", a.beneficiaryId()).set("officeId", a.officeId())
                .set("occurredAt", a.occurredAt()).set("month", YearMonth.from(a.occurredAt().atZone(ZoneOffset.UTC)).toString())
                .set("channel", a.channel().name()).set("areas", a.areas().stream().map(Enum::name).toList())
                .set("durationMinutes", a.durationMinutes()).set("nationality", a.profile().nationality())
                .set("sex", a.profile().sex().name()).set("ageBand", a.profile().ageBand().name())
                // When this projection first applied the event: what the freshness benchmark reads (a repeat keeps it).
                .setOnInsert("appliedAt", Instant.now(clock)));
    }

    /**
     * Each referral event sets only what it knows (its timestamp, its outcome), so the funnel is the same
     * whatever order the events arrive in; the status is derived from which steps happened.
     */
    private static Update referralUpdate(ReferralEvent r) {
        Update update = new Update().set("officeId", r.officeId()).set("partnerId", r.partnerId()).set("area", r.area().name())
                .set("caseId", r.caseId()).set("beneficiaryId", r.beneficiaryId());
        REFERRAL_STEPS.map(r).ifPresent(step -> step.forEach(update::set));
        return update;
    }

    /** What each step of a referral adds to its fact. */
    private static final EventMapping<Document> REFERRAL_STEPS = EventMapping.<Document>create()
            .on(ReferralRequested.class, q -> new Document("requestedAt", q.requestedAt()).append("respondBy", q.respondBy())
                    .append("priority", q.priority().name()))
            .on(ReferralAccepted.class, a -> new Document("acceptedAt", a.acceptedAt()))
            .on(ReferralDeclined.class, d -> new Document("declinedAt", d.declinedAt()).append("declineReason", d.reason().name()))
            .on(ReferralCompleted.class, c -> new Document("completedAt", c.completedAt()).append("outcome", c.outcome().name()))
            .on(ReferralCancelled.class, c -> {
                Document step = new Document("cancelledAt", c.cancelledAt());
                if (c.reason() != null) {
                    step.append("cancellationReason", c.reason().name());
                }
                return step;
            })
            .on(ReferralOverdue.class, o -> new Document("overdue", true).append("overdueAt", o.flaggedAt()));

    private void upsert(String collection, String id, Update update) {
        mongo.upsert(Query.query(Criteria.where("_id").is(id)), update, Document.class, collection);
    }

    /**
     * Empties every read model, for a rebuild. Dropped rather than emptied, since removing facts one by one is
     * slow on a large collection; the facts carry no index but their id, which an upsert recreates.
     */
    public void clear() {
        ALL.forEach(mongo::dropCollection);
        lastAppliedEventTime.set(0);
    }
}
