package org.ponte.frontend;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The monthly attendances report as a bar chart by area: one group of bars per month, one bar per area (its
 * channels added up). Attendances are work done, not people, so the report shows them as they are.
 */
record MonthlyChart(List<Month> months) {

    record Month(String month, List<Bar> bars) {
    }

    record Bar(String area, long attendances, int percentOfLargest) {

        public String label() {
            return Long.toString(attendances);
        }
    }

    static MonthlyChart of(JsonNode rows) {
        Map<String, Map<String, long[]>> sums = new TreeMap<>();
        for (JsonNode row : rows) {
            sums.computeIfAbsent(row.get("month").asString(), m -> new TreeMap<>())
                    .computeIfAbsent(row.get("area").asString(), a -> new long[1])[0] += Long.parseLong(row.get("attendances").asString());
        }
        long largest = Math.max(1, sums.values().stream().flatMap(byArea -> byArea.values().stream()).mapToLong(s -> s[0]).max().orElse(1));
        List<Month> months = new ArrayList<>();
        sums.forEach((month, byArea) -> {
            List<Bar> bars = new ArrayList<>();
            byArea.forEach((area, sum) -> bars.add(new Bar(area, sum[0], (int) Math.round(sum[0] * 100.0 / largest))));
            months.add(new Month(month, bars));
        });
        return new MonthlyChart(months);
    }
}
