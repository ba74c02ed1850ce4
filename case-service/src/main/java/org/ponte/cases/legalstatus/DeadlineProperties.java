package org.ponte.cases.legalstatus;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * When the office is warned of what falls due ({@code ponte.cases.deadlines.*}).
 *
 * @param warningDays the days before a status expires at which the office is warned, unless the office has its own
 * @param offices     an office's own warning days ({@code ponte.cases.deadlines.offices.porto=90,30,7})
 * @param timeZone    where days are counted
 * @param check       how often the deadlines are looked at
 */
@ConfigurationProperties("ponte.cases.deadlines")
record DeadlineProperties(@DefaultValue({"60", "15"}) List<Integer> warningDays, @DefaultValue Map<String, List<Integer>> offices,
                          @DefaultValue("Europe/Lisbon") ZoneId timeZone, @DefaultValue("60s") Duration check) {

    List<Integer> warningDaysOf(String officeId) {
        return offices.getOrDefault(officeId, warningDays);
    }

    /** The longest warning of any office: how far ahead the check must look. */
    int longestWarning() {
        return offices.values().stream().flatMap(List::stream).max(Comparator.naturalOrder())
                .map(longest -> Math.max(longest, warningDays.stream().max(Comparator.naturalOrder()).orElse(0)))
                .orElseGet(() -> warningDays.stream().max(Comparator.naturalOrder()).orElse(0));
    }
}
