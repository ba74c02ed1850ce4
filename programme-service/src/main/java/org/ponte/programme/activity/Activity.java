package org.ponte.programme.activity;

import org.ponte.events.programme.ActivityCancelled;
import org.ponte.events.programme.ActivityHeld;
import org.ponte.events.programme.ActivityScheduled;
import org.ponte.events.programme.ParticipantCount;
import org.ponte.events.vocabulary.ActivityType;
import org.ponte.events.vocabulary.InterventionArea;
import org.ponte.platform.domain.Conflict;
import org.ponte.platform.domain.RuleViolated;
import org.ponte.platform.outbox.AggregateRoot;
import org.ponte.platform.privacy.Processing;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashSet;

/**
 * An activity of an office's programme: a training, an awareness action, a network meeting, a session, a
 * conference, a training programme of several sessions, an event. It is planned (and changed while it is),
 * then held with its participants, whose list can be corrected afterwards; or it is cancelled, also after
 * being recorded as held by mistake. Hours count from its sessions, or from what was recorded when held.
 */
@Processing(holds = "the ids of the people who took part in an activity",
        purpose = "the activity's record and the plan's anonymous counts",
        kept = "the facts stay, anonymous, once a person is erased")
@Document("activities")
@CompoundIndex(name = "office_start", def = "{'officeId': 1, 'startsAt': -1}")
public class Activity extends AggregateRoot {

    @Id
    private String id;
    private String officeId;
    private ActivityType type;
    private String title;
    private List<InterventionArea> areas;
    private List<String> languages;
    private String place;
    private List<Session> sessions;
    private Instant startsAt;
    private List<String> coOrganisers;
    private ActivityStatus status;
    private String scheduledBy;
    private Instant scheduledAt;
    private Instant heldAt;
    private Integer heldMinutes;
    private Participants participants;
    private int revision;
    private String recordedBy;
    private Instant recordedAt;
    private String cancelledBy;
    private Instant cancelledAt;

    Activity() {
    }

    /** What is planned: the same for scheduling and for a change while scheduled. */
    record Plan(ActivityType type, String title, List<InterventionArea> areas, List<String> languages, String place,
                List<Session> sessions, List<String> coOrganisers) {

        Plan {
            areas = List.copyOf(new LinkedHashSet<>(areas));
            languages = languages == null ? List.of() : List.copyOf(new LinkedHashSet<>(languages));
            sessions = sessions.stream().sorted(Comparator.comparing(Session::startsAt)).toList();
            coOrganisers = coOrganisers == null ? List.of() : List.copyOf(new LinkedHashSet<>(coOrganisers));
            if (sessions.isEmpty()) {
                throw new RuleViolated("no-sessions", "sessions", "An activity needs a start and a duration, or its sessions.");
            }
        }

        int totalMinutes() {
            return sessions.stream().mapToInt(Session::durationMinutes).sum();
        }
    }

    static Activity schedule(String id, String officeId, Plan plan, String by, Instant now) {
        Activity activity = new Activity();
        activity.id = id;
        activity.officeId = officeId;
        activity.status = ActivityStatus.SCHEDULED;
        activity.apply(plan, by, now);
        return activity;
    }

    void change(Plan plan, String by, Instant now) {
        if (status != ActivityStatus.SCHEDULED) {
            throw new Conflict("not-scheduled", "The activity is " + status + "; only a scheduled activity can be changed.");
        }
        apply(plan, by, now);
    }

    private void apply(Plan plan, String by, Instant now) {
        type = plan.type();
        title = plan.title();
        areas = plan.areas();
        languages = plan.languages();
        place = plan.place();
        sessions = plan.sessions();
        startsAt = sessions.get(0).startsAt();
        coOrganisers = plan.coOrganisers();
        scheduledBy = by;
        scheduledAt = now;
        publish(new ActivityScheduled(id, officeId, type, areas, languages, startsAt, sessions.size(), plan.totalMinutes(),
                coOrganisers, by, now), now);
    }

    /**
     * Records that the activity took place, with who took part; on a held activity, corrects what was recorded
     * (a new revision). {@code minutes} null means as planned.
     */
    void held(Instant at, Integer minutes, Participants who, String by, Instant now) {
        if (status == ActivityStatus.CANCELLED) {
            throw new Conflict("cancelled", "The activity was cancelled; it cannot be recorded as held.");
        }
        if (at.isAfter(now)) {
            throw new RuleViolated("held-in-the-future", "heldAt", "An activity cannot be recorded as held before it takes place.");
        }
        if (who.total() == 0) {
            throw new RuleViolated("no-participants", "beneficiaryIds", "Name who took part, or count them by category.");
        }
        status = ActivityStatus.HELD;
        heldAt = at;
        heldMinutes = minutes != null ? minutes : totalPlannedMinutes();
        participants = who;
        revision++;
        recordedBy = by;
        recordedAt = now;
        publish(new ActivityHeld(id, officeId, type, areas, languages, heldAt, heldMinutes, who.beneficiaryIds(), who.staffIds(),
                who.partnerIds(), who.anonymous().entrySet().stream().map(count -> new ParticipantCount(count.getKey(), count.getValue()))
                .sorted(Comparator.comparing(ParticipantCount::category)).toList(), revision, by, now), now);
    }

    void cancel(String by, Instant now) {
        if (status == ActivityStatus.CANCELLED) {
            throw new Conflict("cancelled", "The activity is already cancelled.");
        }
        status = ActivityStatus.CANCELLED;
        cancelledBy = by;
        cancelledAt = now;
        publish(new ActivityCancelled(id, officeId, type, by, now), now);
    }

    public int totalPlannedMinutes() {
        return sessions.stream().mapToInt(Session::durationMinutes).sum();
    }

    public String id() {
        return id;
    }

    public String officeId() {
        return officeId;
    }

    public ActivityType type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<InterventionArea> areas() {
        return areas;
    }

    public List<String> languages() {
        return languages;
    }

    public String place() {
        return place;
    }

    public List<Session> sessions() {
        return sessions;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public List<String> coOrganisers() {
        return coOrganisers;
    }

    public ActivityStatus status() {
        return status;
    }

    public String scheduledBy() {
        return scheduledBy;
    }

    public Instant heldAt() {
        return heldAt;
    }

    public Integer heldMinutes() {
        return heldMinutes;
    }

    public Participants participants() {
        return participants;
    }

    public int revision() {
        return revision;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }
}
