package org.ponte.frontend;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The monthly attendances report as a bar chart by area: one group of bars per month, one bar per area (its
 * channels added up). Suppressed cells ("&lt;5", "x") cannot be added, so a bar shows the sum of the counts it
 * may show and names the hidden part ("12 + &lt;5"): nothing the report itself does not show.
 */
record MonthlyChart(List<Month> months) {

    record Month(String month, List<Bar> bars) {
    }

    record Bar(String area, long shown, List<String> hidden, int percentOfLargest) {

        public String label() {
            return hidden.isEmpty() ? Long.toString(shown) : (shown > 0 ? shown + " + " : "") + String.join(" + ", hidden);
        }
    }

    static MonthlyChart of(JsonNode rows) {
        Map<String, Map<String, long[]>> sums = new TreeMap<>();
        Map<String, Map<String, List<String>>> hidden = new TreeMap<>();
        for (JsonNode row : rows) {
            String month = row.get("month").asString();
            String area = row.get("area").asString();
            String cell = row.get("attendances").asString();
            long[] sum = sums.computeIfAbsent(month, m -> new TreeMap<>()).computeIfAbsent(area, a -> new long[1]);
            if (cell.chars().allMatch(Character::isDigit)) {
                sum[0] += Long.parseLong(cell);
            } else {
                hidden.computeIfAbsent(month, m -> new TreeMap<>()).computeIfAbsent(area, a -> new ArrayList<>()).add(cell);
            }
        }
        long largest = Math.max(1, sums.values().stream().flatMap(byArea -> byArea.values().stream()).mapToLong(s -> s[0]).max().orElse(1));
        List<Month> months = new ArrayList<>();
        sums.forEach((month, byArea) -> {
            List<Bar> bars = new ArrayList<>();
            byArea.forEach((area, sum) -> bars.add(new Bar(area, sum[0],
                    hidden.getOrDefault(month, Map.of()).getOrDefault(area, List.of()), (int) Math.round(sum[0] * 100.0 / largest))));
            months.add(new Month(month, bars));
        });
        return new MonthlyChart(months);
    }
}
