package org.ponte.reporting.readmodel;

import org.ponte.events.EventEnvelope;
import org.ponte.events.PonteEvent;
import org.ponte.events.cases.AppointmentOutcomeRecorded;
import org.ponte.events.cases.AppointmentScheduled;
import org.ponte.events.cases.AttendanceRecorded;
import org.ponte.events.cases.LegalStatusRecorded;
import org.ponte.events.cases.MentoringParticipant;
import org.ponte.events.cases.MentoringSessionHeld;
import org.ponte.events.programme.ActivityCancelled;
import org.ponte.events.programme.ActivityHeld;
import org.ponte.events.programme.ParticipantCount;
import org.ponte.events.programme.ResourcePublished;
import org.ponte.events.programme.ResourceWithdrawn;
import org.ponte.events.referrals.ReferralAccepted;
import org.ponte.events.referrals.ReferralCancelled;
import org.ponte.events.referrals.ReferralCompleted;
import org.ponte.events.referrals.ReferralDeclined;
import org.ponte.events.referrals.ReferralEvent;
import org.ponte.events.referrals.ReferralOverdue;
import org.ponte.events.referrals.ReferralRequested;
import org.ponte.events.vocabulary.InterventionArea;
import org.ponte.platform.messaging.EventHandlers;
import org.roaringbitmap.RoaringBitmap;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

/**
 * The read side of reporting-service: everything the reports and plans count, pre-aggregated per office and month
 * ({@link MonthCell}), in memory, built by applying the event topics in order (one writer, {@link EventLog}) and
 * read under a shared lock. A query reads the cells of the offices and months it covers, so its cost follows the
 * size of its answer, not of the history.
 * <p>
 * Idempotent as the facts it replaces were: an attendance or a session counts once however often its event comes
 * (its id is remembered); a referral's, an appointment's, an activity's or a resource's contribution to the cells is
 * taken out and put back from its whole state at each of its events, so a repeat or an out-of-order event gives the
 * same cells. Holds person ids (as numbers) and categories only.
 */
public final class ReadModel {

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, TreeMap<Integer, MonthCell>> offices = new HashMap<>();
    private final PersonNumbers people = new PersonNumbers();
    private final IdSet attendancesSeen = new IdSet();
    private final IdSet sessionsSeen = new IdSet();
    private final Map<String, Referral> referrals = new HashMap<>();
    private final Map<String, ActivityState> activities = new HashMap<>();
    private final Set<String> cancelledActivities = new HashSet<>();
    private final Map<String, ResourceState> resources = new HashMap<>();
    private final Map<String, Appointment> appointments = new HashMap<>();
    private final LegalStatuses statuses = new LegalStatuses();
    private final Map<String, Integer> nationalities = new HashMap<>();
    /** One instance of each office id, partner id, area, type and agency, instead of one per event that names it. */
    private final Map<String, String> canonical = new HashMap<>();
    private final List<String> nationalityCodes = new ArrayList<>();
    private final EventHandlers handlers = EventHandlers.create()
            .on(AttendanceRecorded.class, this::attendance)
            .on(MentoringSessionHeld.class, this::session)
            .on(ReferralEvent.class, this::referral)
            .on(ActivityHeld.class, this::activityHeld)
            .on(ActivityCancelled.class, this::activityCancelled)
            .on(ResourcePublished.class, published -> resource(new ResourceState(published.resourceId(), canonical(published.officeId()),
                    published.type().name(), published.publishedAt(), true)))
            .on(ResourceWithdrawn.class, withdrawn -> {
                ResourceState was = resources.get(withdrawn.resourceId());
                resource(new ResourceState(withdrawn.resourceId(), withdrawn.officeId(), withdrawn.type().name(),
                        was == null ? null : was.publishedAt(), false));
            })
            .on(LegalStatusRecorded.class, status -> statuses.record(status.entryId(), people.of(status.beneficiaryId()), status.category(),
                    status.validFrom(), status.validUntil(), status.recordedAt()))
            .on(AppointmentScheduled.class, scheduled -> appointment(scheduled.appointmentId(), scheduled.officeId(), scheduled.agency().name(),
                    scheduled.at(), null))
            .on(AppointmentOutcomeRecorded.class, recorded -> appointment(recorded.appointmentId(), recorded.officeId(),
                    recorded.agency().name(), recorded.at(), recorded.outcome().name()));

    /** Whether events of this type change a figure; the others are passed over. */
    public boolean counts(Class<?> eventType) {
        return handlers.handles(eventType);
    }

    /** Applies a poll's events, in order, under the write lock. */
    public void applyAll(List<EventEnvelope<? extends PonteEvent>> events) {
        lock.writeLock().lock();
        try {
            events.forEach(handlers::handle);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Runs a query under the read lock; the accessors below are only for such queries. */
    public <T> T read(Function<ReadModel, T> query) {
        lock.readLock().lock();
        try {
            return query.apply(this);
        } finally {
            lock.readLock().unlock();
        }
    }

    // --- reading ---------------------------------------------------------------------------------------------

    /** Every office with anything counted, by id. */
    public Set<String> officeIds() {
        return offices.keySet();
    }

    /** The office's cells from month {@code from} to {@code to}, both included, by month index ({@link #index}). */
    public NavigableMap<Integer, MonthCell> months(String officeId, YearMonth from, YearMonth to) {
        TreeMap<Integer, MonthCell> cells = offices.get(officeId);
        return cells == null ? new TreeMap<>() : cells.subMap(index(from), true, index(to), true);
    }

    /**
     * How many of {@code people} were in each legal-status category on the day: each person's entry in force then that
     * started last, else the one that started last by then, else NOT_RECORDED.
     */
    public Map<String, Long> statusesOn(RoaringBitmap people, LocalDate day) {
        return statuses.count(people, day.toEpochDay());
    }

    /** How many people the model has numbered: person numbers run from 0 to this, excluded. */
    public int people() {
        return people.size();
    }

    /** The nationality a profile code carries. */
    public String nationality(long profile) {
        return nationalityCodes.get((int) (profile >>> 8 & 0xFFFF));
    }

    /** How much the model holds, for the health details and the benchmarks. */
    public Map<String, Integer> size() {
        Map<String, Integer> size = new LinkedHashMap<>();
        size.put("offices", offices.size());
        size.put("monthCells", offices.values().stream().mapToInt(Map::size).sum());
        size.put("people", people.size());
        size.put("attendances", attendancesSeen.size());
        size.put("referrals", referrals.size());
        size.put("activities", activities.size());
        return size;
    }

    public static int index(YearMonth month) {
        return month.getYear() * 12 + month.getMonthValue() - 1;
    }

    public static YearMonth month(int index) {
        return YearMonth.of(index / 12, index % 12 + 1);
    }

    // --- writing ---------------------------------------------------------------------------------------------

    private MonthCell cell(String officeId, Instant at) {
        LocalDate day = utcDay(at);
        return offices.computeIfAbsent(canonical(officeId), office -> new TreeMap<>())
                .computeIfAbsent(day.getYear() * 12 + day.getMonthValue() - 1, month -> new MonthCell());
    }

    private static int day(Instant at) {
        return utcDay(at).getDayOfMonth();
    }

    /** The day (UTC) of an instant, by arithmetic: a zoned date-time for each event was a fifth of the apply's time. */
    private static LocalDate utcDay(Instant at) {
        return LocalDate.ofEpochDay(Math.floorDiv(at.getEpochSecond(), 86_400));
    }

    private void attendance(AttendanceRecorded attendance) {
        if (!attendancesSeen.add(attendance.attendanceId())) {
            return;
        }
        MonthCell cell = cell(attendance.officeId(), attendance.occurredAt());
        int day = day(attendance.occurredAt());
        int person = people.of(attendance.beneficiaryId());
        cell.attendances++;
        cell.attendancesByDay[day - 1]++;
        for (InterventionArea area : attendance.areas()) {
            cell.channelArea[attendance.channel().ordinal() * MonthCell.AREAS + area.ordinal()]++;
        }
        cell.attended.add(person);
        cell.attendanceLog.add(day, person);
        int nationality = nationalities.computeIfAbsent(attendance.profile().nationality(), code -> {
            nationalityCodes.add(code);
            return nationalityCodes.size() - 1;
        });
        long profile = (long) nationality << 8 | attendance.profile().sex().ordinal() << 4 | attendance.profile().ageBand().ordinal();
        cell.profiles.merge(person, attendance.occurredAt().getEpochSecond() << 24 | profile, Math::max);
    }

    private void session(MentoringSessionHeld session) {
        if (!sessionsSeen.add(session.sessionId())) {
            return;
        }
        MonthCell cell = cell(session.officeId(), session.occurredAt());
        int day = day(session.occurredAt());
        cell.sessions++;
        cell.sessionsByDay[day - 1]++;
        for (MentoringParticipant participant : session.participants()) {
            int person = people.of(participant.beneficiaryId());
            cell.mentored.add(person);
            cell.mentoringLog.add(day, person);
        }
    }

    /** A referral's contribution is taken out, its state changed by the event, and the contribution put back. */
    private void referral(ReferralEvent event) {
        Referral referral = referrals.computeIfAbsent(event.referralId(), id -> new Referral());
        contribute(referral, -1);
        referral.officeId = canonical(event.officeId());
        referral.partnerId = canonical(event.partnerId());
        referral.area = event.area().name();
        if (event instanceof ReferralRequested requested) {
            referral.requestedAt = requested.requestedAt().getEpochSecond();
        } else if (event instanceof ReferralAccepted accepted) {
            referral.acceptedAt = accepted.acceptedAt().getEpochSecond();
        } else if (event instanceof ReferralDeclined declined) {
            referral.declinedAt = declined.declinedAt().getEpochSecond();
        } else if (event instanceof ReferralCompleted completed) {
            referral.completedAt = completed.completedAt().getEpochSecond();
        } else if (event instanceof ReferralCancelled cancelled) {
            referral.cancelledAt = cancelled.cancelledAt().getEpochSecond();
        } else if (event instanceof ReferralOverdue) {
            referral.overdue = true;
        }
        contribute(referral, +1);
    }

    private void contribute(Referral referral, int sign) {
        if (referral.officeId == null) {
            return;
        }
        if (referral.requestedAt != 0) {
            Instant requested = Instant.ofEpochSecond(referral.requestedAt);
            MonthCell cell = cell(referral.officeId, requested);
            cell.referralsMade += sign;
            cell.referralsMadeByDay[day(requested) - 1] += sign;
            String key = referral.partnerId + "|" + referral.area;
            FunnelCell funnel = cell.funnel.computeIfAbsent(key, k -> new FunnelCell());
            funnel.requested += sign;
            funnel.accepted += referral.acceptedAt != 0 ? sign : 0;
            funnel.declined += referral.declinedAt != 0 ? sign : 0;
            funnel.completed += referral.completedAt != 0 ? sign : 0;
            funnel.cancelled += referral.cancelledAt != 0 ? sign : 0;
            funnel.overdue += referral.overdue ? sign : 0;
            long answered = firstOf(referral.acceptedAt, referral.declinedAt);
            if (answered != 0) {
                funnel.answered((answered - referral.requestedAt) / 60, sign);
            }
            if (funnel.isEmpty()) {
                cell.funnel.remove(key);
            }
        }
        if (referral.completedAt != 0) {
            Instant completed = Instant.ofEpochSecond(referral.completedAt);
            MonthCell cell = cell(referral.officeId, completed);
            cell.referralsCompleted += sign;
            cell.referralsCompletedByDay[day(completed) - 1] += sign;
        }
    }

    /** The latest revision of a held activity is what happened; a cancelled activity stops counting for good. */
    private void activityHeld(ActivityHeld held) {
        ActivityState was = activities.get(held.activityId());
        if (was != null && was.revision() > held.revision()) {
            return;
        }
        Map<String, Integer> anonymous = new LinkedHashMap<>();
        for (ParticipantCount count : held.anonymousParticipants()) {
            anonymous.merge(count.category().name(), count.count(), Integer::sum);
        }
        ActivityState now = new ActivityState(held.activityId(), canonical(held.officeId()), held.type().name(), held.heldAt(), held.durationMinutes(),
                held.beneficiaryIds().stream().mapToInt(people::of).toArray(), held.staffIds().size(), held.partnerIds().size(), anonymous,
                held.revision());
        place(was, now);
    }

    private void activityCancelled(ActivityCancelled cancelled) {
        cancelledActivities.add(cancelled.activityId());
        ActivityState was = activities.get(cancelled.activityId());
        if (was != null) {
            place(was, was);
        }
    }

    private void place(ActivityState was, ActivityState now) {
        if (was != null) {
            cell(was.officeId(), was.heldAt()).activities.remove(was.activityId());
        }
        activities.put(now.activityId(), now);
        if (!cancelledActivities.contains(now.activityId())) {
            cell(now.officeId(), now.heldAt()).activities.put(now.activityId(), now);
        }
    }

    /** Withdrawn, a resource stops counting; published again, it counts from its new publication. */
    private void resource(ResourceState now) {
        ResourceState was = resources.put(now.resourceId(), now);
        if (was != null && was.published()) {
            cell(was.officeId(), was.publishedAt()).resources.remove(was.resourceId());
        }
        if (now.published()) {
            cell(now.officeId(), now.publishedAt()).resources.put(now.resourceId(), now);
        }
    }

    /** An appointment as scheduled, then with its outcome: each event sets what it knows, in any order. */
    private void appointment(String id, String officeId, String agency, Instant at, String outcome) {
        Appointment appointment = appointments.computeIfAbsent(id, key -> new Appointment());
        contribute(appointment, -1);
        appointment.officeId = canonical(officeId);
        appointment.agency = agency;
        appointment.at = at;
        if (outcome != null) {
            appointment.outcome = outcome;
        }
        contribute(appointment, +1);
    }

    private static final List<String> OUTCOMES = List.of("ATTENDED", "MISSED", "RESCHEDULED", "CANCELLED");

    private void contribute(Appointment appointment, int sign) {
        if (appointment.officeId == null) {
            return;
        }
        int[] counts = cell(appointment.officeId, appointment.at).appointments.computeIfAbsent(appointment.agency, agency -> new int[6]);
        counts[0] += sign;
        counts[appointment.outcome == null ? 5 : 1 + OUTCOMES.indexOf(appointment.outcome)] += sign;
    }

    private String canonical(String value) {
        return canonical.computeIfAbsent(value, same -> same);
    }

    /** The earlier of two epoch seconds, 0 standing for "never". */
    private static long firstOf(long a, long b) {
        return a == 0 ? b : b == 0 ? a : Math.min(a, b);
    }

    /** One referral's steps, each set by its own event (epoch seconds, 0 until it happens). */
    private static final class Referral {
        String officeId;
        String partnerId;
        String area;
        long requestedAt;
        long acceptedAt;
        long declinedAt;
        long completedAt;
        long cancelledAt;
        boolean overdue;
    }

    private static final class Appointment {
        String officeId;
        String agency;
        Instant at;
        String outcome;
    }
}
