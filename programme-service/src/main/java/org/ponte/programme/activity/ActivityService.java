package org.ponte.programme.activity;

import org.ponte.events.vocabulary.ActivityType;
import org.ponte.platform.audit.AuditLog;
import org.ponte.platform.domain.NotAllowed;
import org.ponte.platform.domain.NotFound;
import org.ponte.platform.domain.RuleViolated;
import org.ponte.platform.security.CurrentUser;
import org.ponte.programme.replica.ProgrammeReplica;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The use cases on activities: checks who may act (a technician on their own office's programme), checks that
 * named people and partners exist for that office, lets the activity apply its rule, saves (the events ride in
 * the same write).
 */
@Service
class ActivityService {

    private final Activities activities;
    private final ProgrammeReplica replica;
    private final MongoOperations mongo;
    private final ActivityProperties properties;
    private final AuditLog auditLog;
    private final Clock clock;

    ActivityService(Activities activities, ProgrammeReplica replica, MongoOperations mongo, ActivityProperties properties,
                    AuditLog auditLog, Clock clock) {
        this.activities = activities;
        this.replica = replica;
        this.mongo = mongo;
        this.properties = properties;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    Activity schedule(CurrentUser user, ActivityRequests.Schedule request) {
        user.requireTechnicianOf(request.officeId());
        Activity.Plan plan = request.plan();
        requireActivePartners(plan.coOrganisers());
        return activities.save(Activity.schedule(UUID.randomUUID().toString(), request.officeId(), plan, user.id(), Instant.now(clock)));
    }

    Activity change(CurrentUser user, String id, ActivityRequests.Schedule request) {
        Activity activity = toChange(user, id);
        if (!activity.officeId().equals(request.officeId())) {
            throw new RuleViolated("office-cannot-change", "officeId", "An activity stays with the office that runs it.");
        }
        Activity.Plan plan = request.plan();
        requireActivePartners(plan.coOrganisers());
        activity.change(plan, user.id(), Instant.now(clock));
        return activities.save(activity);
    }

    /** Records who took part; on a held activity, a correction, kept in the audit log with the people it adds or removes. */
    Activity held(CurrentUser user, String id, ActivityRequests.Held request) {
        Activity activity = toChange(user, id);
        Participants who = request.participants();
        Set<String> strangers = replica.notPeopleOf(activity.officeId(), who.beneficiaryIds(), properties.replicaWait());
        if (!strangers.isEmpty()) {
            throw new RuleViolated("not-people-of-the-office", "beneficiaryIds",
                    "Not people registered at this office: " + new TreeSet<>(strangers) + ".");
        }
        requireActivePartners(who.partnerIds());
        Participants before = activity.participants();
        boolean correction = activity.status() == ActivityStatus.HELD;
        activity.held(request.heldAt(), request.durationMinutes(), who, user.id(), Instant.now(clock));
        Activity saved = activities.save(activity);
        if (correction) {
            auditCorrection(saved, before, who);
        }
        return saved;
    }

    Activity cancel(CurrentUser user, String id) {
        Activity activity = toChange(user, id);
        activity.cancel(user.id(), Instant.now(clock));
        return activities.save(activity);
    }

    ActivityView read(CurrentUser user, String id) {
        return view(user, find(user, id));
    }

    ActivityView view(CurrentUser user, Activity activity) {
        return ActivityView.of(activity, user.isTechnicianOf(activity.officeId()));
    }

    /** The office's activities, soonest last; a technician or manager reads only their own office's. */
    Page<Activity> list(CurrentUser user, String officeId, ActivityType type, ActivityStatus status, Instant from, Instant to,
                        Pageable page) {
        String office = officeId != null ? officeId : user.isAdmin() ? null : user.officeId();
        if (office != null && !user.worksFor(office)) {
            throw new NotAllowed("this belongs to another office");
        }
        Criteria criteria = new Criteria();
        if (office != null) {
            criteria.and("officeId").is(office);
        }
        if (type != null) {
            criteria.and("type").is(type);
        }
        if (status != null) {
            criteria.and("status").is(status);
        }
        if (from != null || to != null) {
            Criteria starts = criteria.and("startsAt");
            if (from != null) {
                starts.gte(from);
            }
            if (to != null) {
                starts.lt(to);
            }
        }
        Query query = Query.query(criteria).with(page);
        List<Activity> found = mongo.find(query, Activity.class);
        return PageableExecutionUtils.getPage(found, page, () -> mongo.count(Query.query(criteria), Activity.class));
    }

    /** Visible to the office (its technicians and managers) and to administrators; to anyone else it does not exist. */
    private Activity find(CurrentUser user, String id) {
        return activities.findById(id).filter(activity -> user.worksFor(activity.officeId()))
                .orElseThrow(() -> new NotFound("Activity " + id));
    }

    private Activity toChange(CurrentUser user, String id) {
        Activity activity = find(user, id);
        if (!user.isTechnicianOf(activity.officeId())) {
            throw new NotAllowed("only technicians of the office change its activities");
        }
        return activity;
    }

    private void requireActivePartners(List<String> partnerIds) {
        Set<String> unknown = replica.notActivePartners(partnerIds, properties.replicaWait());
        if (!unknown.isEmpty()) {
            throw new RuleViolated("unknown-partner", "partnerIds", "Not active partners in the directory: " + new TreeSet<>(unknown) + ".");
        }
    }

    private void auditCorrection(Activity activity, Participants before, Participants after) {
        String why = "participants of activity " + activity.id() + " corrected (revision " + activity.revision() + ")";
        auditLog.changed(activity.id(), "activity.participants", why);
        Set<String> added = new HashSet<>(after.beneficiaryIds());
        Set<String> removed = new HashSet<>(before == null ? List.of() : before.beneficiaryIds());
        added.removeAll(removed);
        removed.removeAll(after.beneficiaryIds());
        added.forEach(person -> auditLog.changed(person, "activity.participation", why + ": added"));
        removed.forEach(person -> auditLog.changed(person, "activity.participation", why + ": removed"));
    }
}
