package org.ponte.reporting.plan;

import org.ponte.reporting.progress.ComputedIndicator;
import org.ponte.platform.domain.Conflict;
import org.ponte.platform.domain.NotAllowed;
import org.ponte.platform.domain.NotFound;
import org.ponte.platform.domain.RuleViolated;
import org.ponte.platform.security.CurrentUser;
import org.ponte.platform.security.Role;
import org.ponte.reporting.progress.IndicatorCounts;
import org.ponte.reporting.office.KnownOffice;
import org.ponte.reporting.office.NetworkOffices;
import org.ponte.reporting.office.OfficeSet;
import org.ponte.reporting.progress.IndicatorProgress;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Plans, their progress and their hand-reported entries; managers see the plans of their office only, coordinators those of the offices they coordinate. */
@Service
public class PlanService {

    private final Plans plans;
    private final ManualEntries entries;
    private final IndicatorCounts figures;
    private final NetworkOffices network;
    private final Clock clock;

    PlanService(Plans plans, ManualEntries entries, IndicatorCounts figures, NetworkOffices network, Clock clock) {
        this.network = network;
        this.plans = plans;
        this.entries = entries;
        this.figures = figures;
        this.clock = clock;
    }

    public record Progress(String planId, LocalDate asOf, List<IndicatorProgress> indicators) {
    }

    /** One office's progress towards its share of a plan's targets. */
    public record OfficeProgress(String officeId, String name, String region, List<IndicatorProgress> indicators) {
    }

    public record ProgressByOffice(String planId, LocalDate asOf, List<OfficeProgress> offices) {
    }

    List<Plan> visible(CurrentUser user) {
        return plans.findAll().stream().filter(plan -> mayRead(user, plan)).toList();
    }

    Plan create(CurrentUser user, Plan draft) {
        if (!mayKeep(user, draft)) {
            throw new NotAllowed("managers create plans for their own offices only");
        }
        Plan plan = new Plan(draft.id() == null ? UUID.randomUUID().toString() : draft.id(), draft.name(), draft.periodStart(),
                draft.periodEnd(), draft.officeIds(), draft.measures() == null ? List.of() : draft.measures(), draft.indicators(),
                user.id(), Instant.now(clock), null);
        plan.requireConsistent();
        try {
            return plans.insert(plan);
        } catch (DuplicateKeyException taken) {
            throw new Conflict("plan-exists", "A plan with id " + plan.id() + " exists already.");
        }
    }

    /**
     * The plan as the draft has it, kept by whoever may keep both the plan as stored and as changed (a manager cannot
     * move a plan onto another office), with its id, author and creation kept.
     */
    Plan change(CurrentUser user, String planId, Long expectedVersion, Plan draft) {
        Plan stored = readable(user, planId);
        if (!mayKeep(user, stored) || !mayKeep(user, draft)) {
            throw new NotAllowed("managers change plans of their own offices only");
        }
        if (expectedVersion != null && !expectedVersion.equals(stored.version())) {
            throw new Conflict("stale-version", "The plan changed since you read it (version " + expectedVersion + "; it is now at version "
                    + stored.version() + "). Read it again and redo your change.");
        }
        Plan changed = new Plan(stored.id(), draft.name(), draft.periodStart(), draft.periodEnd(), draft.officeIds(),
                draft.measures() == null ? List.of() : draft.measures(), draft.indicators(), stored.createdBy(), stored.createdAt(),
                stored.version());
        changed.requireConsistent();
        return plans.save(changed); // the stored version guards the write too: a change saved in between is a 409
    }

    public Progress progress(CurrentUser user, String planId, LocalDate asOf) {
        Plan plan = readable(user, planId);
        LocalDate day = day(asOf);
        LocalDate countUntil = day.isBefore(plan.periodEnd()) ? day : plan.periodEnd();
        IndicatorCounts.Tally counted = figures.tally(OfficeSet.of(plan.officeIds()), plan.periodStart(), countUntil);
        List<IndicatorProgress> indicators = plan.indicators().stream()
                .map(indicator -> IndicatorProgress.of(indicator.code(), indicator.name(), indicator.target(),
                        actual(plan, indicator, counted, countUntil), plan.periodStart(), plan.periodEnd(), day))
                .toList();
        return new Progress(plan.id(), day, indicators);
    }

    /**
     * Each office of the plan against its share of each target counted from events: the target divided among the
     * plan's offices, rounded up. Hand-reported figures are the plan's as a whole and are left out.
     */
    public ProgressByOffice progressByOffice(CurrentUser user, String planId, LocalDate asOf) {
        Plan plan = readable(user, planId);
        LocalDate day = day(asOf);
        LocalDate countUntil = day.isBefore(plan.periodEnd()) ? day : plan.periodEnd();
        Map<String, KnownOffice> known = network.byId();
        int share = plan.officeIds().size();
        Map<String, IndicatorCounts.Tally> counted = figures.tallies(plan.officeIds(), plan.periodStart(), countUntil);
        List<OfficeProgress> offices = plan.officeIds().stream().sorted().map(officeId -> {
            List<IndicatorProgress> indicators = plan.indicators().stream().filter(indicator -> indicator.source() == IndicatorSource.EVENTS)
                    .map(indicator -> IndicatorProgress.of(indicator.code(), indicator.name(), (indicator.target() + share - 1) / share,
                            actual(plan, indicator, counted.get(officeId), countUntil), plan.periodStart(), plan.periodEnd(), day))
                    .toList();
            KnownOffice office = known.get(officeId);
            return new OfficeProgress(officeId, office == null ? officeId : office.name(), office == null ? null : office.region().name(), indicators);
        }).toList();
        return new ProgressByOffice(plan.id(), day, offices);
    }

    private LocalDate day(LocalDate asOf) {
        return asOf != null ? asOf : LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    ManualEntry report(CurrentUser user, String planId, String code, LocalDate date, long value, String note) {
        Plan plan = readable(user, planId);
        if (!mayKeep(user, plan)) {
            throw new NotAllowed("coordinators read plans; their offices' managers keep them");
        }
        Plan.Indicator indicator = plan.indicator(code);
        if (indicator == null) {
            throw new NotFound("Indicator " + code + " of plan " + planId);
        }
        if (indicator.source() != IndicatorSource.MANUAL) {
            throw new RuleViolated("computed-indicator", "code", code + " is counted from events and takes no entries.");
        }
        if (date.isBefore(plan.periodStart()) || date.isAfter(plan.periodEnd())) {
            throw new RuleViolated("outside-period", "date", "The date is outside the plan's period.");
        }
        return entries.insert(new ManualEntry(UUID.randomUUID().toString(), planId, code, date, value, note, user.id(), Instant.now(clock)));
    }

    /** An indicator's value by {@code until}: from the tally of the plan's period for one counted from events. */
    private long actual(Plan plan, Plan.Indicator indicator, IndicatorCounts.Tally counted, LocalDate until) {
        if (until.isBefore(plan.periodStart())) {
            return 0;
        }
        if (indicator.source() == IndicatorSource.EVENTS) {
            return counted.value(ComputedIndicator.valueOf(indicator.code()));
        }
        return entries.findByPlanIdAndCode(plan.id(), indicator.code()).stream()
                .filter(entry -> !entry.date().isAfter(until) && !entry.date().isBefore(plan.periodStart()))
                .mapToLong(ManualEntry::value).sum();
    }

    private Plan readable(CurrentUser user, String planId) {
        Plan plan = plans.findById(planId).orElseThrow(() -> new NotFound("Plan " + planId));
        if (!mayRead(user, plan)) {
            throw new NotAllowed("this plan also covers offices you do not work for");
        }
        return plan;
    }

    /**
     * Administrators keep every plan; a manager, the plans that cover only offices they work for: a plan that also
     * covers another office shows that office's figures too, so it is an administrator's (a network's) plan.
     */
    private static boolean mayKeep(CurrentUser user, Plan plan) {
        return user.isAdmin() || (user.has(Role.MANAGER) && plan.coversOnly(user::worksFor));
    }

    /** Those who keep a plan read it, and so does a coordinator of all its offices (the network's, or its region's). */
    private boolean mayRead(CurrentUser user, Plan plan) {
        return mayKeep(user, plan) || (user.has(Role.COORDINATOR) && plan.coversOnly(network.visibleTo(user)::contains));
    }
}
