package org.ponte.reporting.report;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small counts hide people. A count from 1 to 4 is shown as {@value #HIDDEN} (primary suppression). In a group
 * of cells whose total may be known elsewhere (the people supported, say), the hidden cells must not be
 * workable out from that total and the cells shown: the smallest shown cells are hidden too, as
 * {@value #PROTECTING} (secondary suppression, a count of 5 or more), until every hidden small count could still
 * be at least two different numbers. Reports show no totals of their own.
 */
public final class Suppression {

    /** A count from 1 to 4. */
    public static final String HIDDEN = "<5";
    /** A count of 5 or more, hidden so that a small count in its group cannot be worked out from a total. */
    public static final String PROTECTING = "x";
    static final int THRESHOLD = 5;

    private Suppression() {
    }

    /** The cells of one group (nationalities, say), in their order, with small counts hidden and protected. */
    public static Map<String, String> apply(Map<String, Long> counts) {
        Map<String, String> shown = new LinkedHashMap<>();
        counts.forEach((key, count) -> shown.put(key, isSmall(count) ? HIDDEN : Long.toString(count)));
        List<Map.Entry<String, Long>> protectors = counts.entrySet().stream()
                .filter(cell -> cell.getValue() >= THRESHOLD)
                .sorted(Comparator.comparingLong(Map.Entry::getValue))
                .toList();
        long small = counts.values().stream().filter(Suppression::isSmall).count();
        long hiddenTotal = counts.values().stream().filter(Suppression::isSmall).mapToLong(Long::longValue).sum();
        int protecting = 0;
        while (small > 0 && !undecidable(small, protecting, hiddenTotal) && protecting < protectors.size()) {
            Map.Entry<String, Long> next = protectors.get(protecting++);
            shown.put(next.getKey(), PROTECTING);
            hiddenTotal += next.getValue();
        }
        return shown;
    }

    /** One count alone, where no group sums it up. */
    public static String apply(long count) {
        return isSmall(count) ? HIDDEN : Long.toString(count);
    }

    /**
     * Whether, knowing the sum of the hidden cells, each small count among them could still be at least two
     * numbers: a small count lies in 1..4, a protecting one in 5..(anything).
     */
    static boolean undecidable(long small, long protecting, long hiddenTotal) {
        long othersAtLeast = (small - 1) + protecting * THRESHOLD;
        long highest = Math.min(THRESHOLD - 1, hiddenTotal - othersAtLeast);
        long lowest = protecting > 0 ? 1 : Math.max(1, hiddenTotal - (small - 1) * (THRESHOLD - 1));
        return highest > lowest;
    }

    static boolean isSmall(long count) {
        return count > 0 && count < THRESHOLD;
    }
}
