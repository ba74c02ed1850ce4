package org.ponte.reporting.report;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

class SuppressionTest {

    @Test
    void countsFromOneToFourAreHiddenAndZeroAndFiveShown() {
        assertThat(Suppression.apply(1)).isEqualTo("<5");
        assertThat(Suppression.apply(4)).isEqualTo("<5");
        assertThat(Suppression.apply(5)).isEqualTo("5");
        assertThat(Suppression.apply(0)).isEqualTo("0");
    }

    @Test
    void aLoneHiddenCellIsProtectedByHidingEnoughOfTheSmallestOthers() {
        // Known total 48: with CV shown, UA = 48 - 40 - 6 = 2. CV (6) hidden too: UA + CV = 8, UA 1..3: still unknown.
        assertThat(Suppression.apply(group("BR", 40, "CV", 6, "UA", 2)))
                .containsExactly(Map.entry("BR", "40"), Map.entry("CV", "x"), Map.entry("UA", "<5"));
        // UA + CV = 6 would leave UA exactly 1 (CV is at least 5): the next smallest, BR, is hidden as well.
        assertThat(Suppression.apply(group("BR", 40, "CV", 5, "UA", 1, "IN", 30)))
                .containsExactly(Map.entry("BR", "40"), Map.entry("CV", "x"), Map.entry("UA", "<5"), Map.entry("IN", "x"));
    }

    @Test
    void twoHiddenCellsThatCannotBeToldApartNeedNoMore() {
        // OTHER + UNDISCLOSED = 4: OTHER is 1, 2 or 3.
        assertThat(Suppression.apply(group("FEMALE", 30, "MALE", 25, "OTHER", 1, "UNDISCLOSED", 3)))
                .containsExactly(Map.entry("FEMALE", "30"), Map.entry("MALE", "25"), Map.entry("OTHER", "<5"), Map.entry("UNDISCLOSED", "<5"));
    }

    @Test
    void twoHiddenCellsThatGiveThemselvesAwayAreProtected() {
        // 1 + 1 = 2 and 4 + 4 = 8 each allow one answer only.
        assertThat(Suppression.apply(group("FEMALE", 30, "MALE", 25, "OTHER", 1, "UNDISCLOSED", 1)))
                .containsEntry("MALE", "x").containsEntry("FEMALE", "30");
        assertThat(Suppression.apply(group("FEMALE", 30, "MALE", 25, "OTHER", 4, "UNDISCLOSED", 4)))
                .containsEntry("MALE", "x").containsEntry("FEMALE", "30");
    }

    @Test
    void noHiddenSmallCountCanBeWorkedOutFromTheGroupTotalWhateverTheGroup() {
        for (long a = 1; a <= 4; a++) {
            for (long b = 0; b <= 4; b++) {
                for (long c = 5; c <= 12; c++) {
                    Map<String, Long> counts = group("A", a, "B", b, "C", c, "D", 60);
                    Map<String, String> shown = Suppression.apply(counts);
                    // What someone knowing the total learns: the sum of the hidden cells, and what each may be.
                    List<String> hidden = counts.keySet().stream().filter(key -> !shown.get(key).matches("\\d+")).toList();
                    long hiddenTotal = hidden.stream().mapToLong(counts::get).sum();
                    for (String cell : hidden.stream().filter(key -> shown.get(key).equals(Suppression.HIDDEN)).toList()) {
                        assertThat(possibleValues(cell, hidden, shown, hiddenTotal)).as("%s of %s shown as %s", cell, counts, shown)
                                .hasSizeGreaterThanOrEqualTo(2);
                    }
                }
            }
        }
    }

    /** Every value {@code cell} can take such that the hidden cells, each in its range, add up to {@code hiddenTotal}. */
    private static Set<Long> possibleValues(String cell, List<String> hidden, Map<String, String> shown, long hiddenTotal) {
        Set<Long> values = new TreeSet<>();
        assign(hidden, 0, shown, hiddenTotal, new LinkedHashMap<>(), solution -> values.add(solution.get(cell)));
        return values;
    }

    private static void assign(List<String> hidden, int index, Map<String, String> shown, long left, Map<String, Long> chosen,
                               Consumer<Map<String, Long>> found) {
        if (index == hidden.size()) {
            if (left == 0) {
                found.accept(chosen);
            }
            return;
        }
        String cell = hidden.get(index);
        long from = shown.get(cell).equals(Suppression.HIDDEN) ? 1 : Suppression.THRESHOLD;
        long to = shown.get(cell).equals(Suppression.HIDDEN) ? Suppression.THRESHOLD - 1 : left;
        for (long value = from; value <= Math.min(to, left); value++) {
            chosen.put(cell, value);
            assign(hidden, index + 1, shown, left - value, chosen, found);
            chosen.remove(cell);
        }
    }

    @Test
    void aGroupWithNothingSmallHidesNothing() {
        assertThat(Suppression.apply(group("BR", 40, "CV", 6))).containsExactly(Map.entry("BR", "40"), Map.entry("CV", "6"));
    }

    private static Map<String, Long> group(Object... keysAndCounts) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < keysAndCounts.length; i += 2) {
            counts.put((String) keysAndCounts[i], ((Number) keysAndCounts[i + 1]).longValue());
        }
        return counts;
    }
}
