package org.ponte.reporting.plan;

import org.ponte.events.vocabulary.InterventionArea;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

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

    public Indicator indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst().orElse(null);
    }
}
