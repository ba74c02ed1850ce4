package org.ponte.reporting.plan;

import org.ponte.reporting.progress.ComputedIndicator;
import org.ponte.platform.domain.RuleViolated;
import org.ponte.events.vocabulary.InterventionArea;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A plan after the municipal integration plans (PMII): a period, the offices it covers, its measures and the
 * indicators with their targets. Plans are reporting-service's own data, not a read model: a rebuild leaves them.
 */
@Document("plans")
public record Plan(
        @Id String id,
        String name,
        LocalDate periodStart,
        LocalDate periodEnd,
        List<String> officeIds,
        List<Measure> measures,
        List<Indicator> indicators,
        String createdBy,
        Instant createdAt,
        @Version Long version) {

    /** A measure of the plan, of level 1 or 2, in one intervention area. */
    public record Measure(String code, String name, int level, InterventionArea area) {
    }

    /** An indicator with its target, computed from events or reported by hand with dated entries. */
    public record Indicator(String code, String name, long target, IndicatorSource source, String measureCode) {
    }

    /**
     * The plan's own rules, checked before it is stored: a period that ends after it starts, measures of level 1
     * or 2, each in an area and with a code of its own, indicators with codes of their own that belong to a measure of the plan, and
     * counted-from-events indicators that Ponte knows how to count.
     */
    public void requireConsistent() {
        if (periodEnd.isBefore(periodStart)) {
            throw new RuleViolated("invalid-period", "periodEnd", "The plan ends before it starts.");
        }
        Set<String> measureCodes = new HashSet<>();
        for (Measure measure : measures) {
            if (measure.level() != 1 && measure.level() != 2) {
                throw new RuleViolated("invalid-measure-level", "measures",
                        "Measure " + measure.code() + " is of level " + measure.level() + "; measures are of level 1 or 2.");
            }
            if (measure.area() == null) {
                throw new RuleViolated("measure-area-required", "measures", "Measure " + measure.code() + " needs its intervention area.");
            }
            if (measure.code() == null || measure.code().isBlank() || !measureCodes.add(measure.code())) {
                throw new RuleViolated("duplicate-measure", "measures", "Each measure needs a code of its own: " + measure.code() + ".");
            }
        }
        Set<String> indicatorCodes = new HashSet<>();
        for (Indicator indicator : indicators) {
            if (!indicatorCodes.add(indicator.code())) {
                throw new RuleViolated("duplicate-indicator", "indicators", "Indicator " + indicator.code() + " appears twice.");
            }
            if (indicator.measureCode() != null && !measureCodes.contains(indicator.measureCode())) {
                throw new RuleViolated("unknown-measure", "indicators",
                        "Indicator " + indicator.code() + " belongs to measure " + indicator.measureCode() + ", which the plan does not have.");
            }
            if (indicator.source() == IndicatorSource.EVENTS && !ComputedIndicator.isComputed(indicator.code())) {
                throw new RuleViolated("unknown-indicator", "indicators",
                        indicator.code() + " is not counted from events; report it by hand (source MANUAL).");
            }
        }
    }

    /** Whether every office the plan covers is one of these: a plan's figures add up all its offices' work. */
    public boolean coversOnly(Predicate<String> offices) {
        return officeIds.stream().allMatch(offices);
    }

    public Indicator indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst().orElse(null);
    }
}
