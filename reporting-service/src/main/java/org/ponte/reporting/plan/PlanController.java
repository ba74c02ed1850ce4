package org.ponte.reporting.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.ponte.platform.security.CurrentUser;
import org.ponte.platform.web.IfMatch;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/** {@code /api/v1/plans}: plans (created and changed), their progress, and hand-reported entries. */
@RestController
@RequestMapping("/api/v1/plans")
class PlanController {

    private final PlanService plans;

    PlanController(PlanService plans) {
        this.plans = plans;
    }

    record NewPlan(String id, @NotBlank String name, @NotNull LocalDate periodStart, @NotNull LocalDate periodEnd,
                   @NotEmpty List<@NotBlank String> officeIds, List<Plan.Measure> measures,
                   @NotEmpty List<@Valid IndicatorTarget> indicators) {
    }

    record IndicatorTarget(@NotBlank String code, @NotBlank String name, @PositiveOrZero long target, @NotNull IndicatorSource source,
                           String measureCode) {
    }

    record Entry(@NotNull LocalDate date, @PositiveOrZero long value, @Size(max = 500) String note) {
    }

    @GetMapping
    List<Plan> list(@AuthenticationPrincipal CurrentUser user) {
        return plans.visible(user);
    }

    @PostMapping
    ResponseEntity<Plan> create(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody NewPlan request) {
        Plan plan = plans.create(user, new Plan(request.id(), request.name(), request.periodStart(), request.periodEnd(), request.officeIds(),
                request.measures(), indicators(request), null, null, null));
        return ResponseEntity.created(URI.create("/api/v1/plans/" + plan.id())).body(plan);
    }

    /**
     * The plan changed as a whole (its name, period, offices, measures and targets; its id, author and hand-reported
     * entries stay), under the same rules as a new one; {@code If-Match} with the version read makes a change made in
     * between a 409.
     */
    @PutMapping("/{id}")
    Plan change(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
                @RequestHeader(name = "If-Match", required = false) String ifMatch, @Valid @RequestBody NewPlan request) {
        return plans.change(user, id, IfMatch.version(ifMatch), new Plan(id, request.name(), request.periodStart(), request.periodEnd(),
                request.officeIds(), request.measures(), indicators(request), null, null, null));
    }

    private static List<Plan.Indicator> indicators(NewPlan request) {
        return request.indicators().stream().map(i -> new Plan.Indicator(i.code(), i.name(), i.target(), i.source(), i.measureCode())).toList();
    }

    @GetMapping("/{id}/progress")
    PlanService.Progress progress(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return plans.progress(user, id, asOf);
    }

    /** Each office of the plan against its share of each target counted from events. */
    @GetMapping("/{id}/progress/offices")
    PlanService.ProgressByOffice progressByOffice(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
                                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return plans.progressByOffice(user, id, asOf);
    }

    @PostMapping("/{id}/indicators/{code}/entries")
    ResponseEntity<ManualEntry> report(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, @PathVariable String code,
                                       @Valid @RequestBody Entry entry) {
        ManualEntry saved = plans.report(user, id, code, entry.date(), entry.value(), entry.note());
        return ResponseEntity.status(201).body(saved);
    }
}
