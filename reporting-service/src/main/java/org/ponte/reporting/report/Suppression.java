package org.ponte.reporting.report;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Small counts hide people: a count from 1 to 4 is shown as "&lt;5". When a group has exactly one hidden
 * cell, the next smallest is hidden too, so that no hidden count can be worked out from the others and a
 * total; reports show no totals of their own.
 */
public final class Suppression {

    public static final String HIDDEN = "<5";
    static final int THRESHOLD = 5;

    private Suppression() {
    }

    /** The cells of one group (nationalities, say), in their order, with small counts hidden. */
    public static Map<String, String> apply(Map<String, Long> counts) {
        Map<String, String> shown = new LinkedHashMap<>();
        counts.forEach((key, count) -> shown.put(key, isSmall(count) ? HIDDEN : Long.toString(count)));
        long hidden = shown.values().stream().filter(HIDDEN::equals).count();
        if (hidden == 1) {
            counts.entrySet().stream()
                    .filter(cell -> !isSmall(cell.getValue()) && cell.getValue() > 0)
                    .min(Comparator.comparingLong(Map.Entry::getValue))
                    .ifPresent(smallestShown -> shown.put(smallestShown.getKey(), HIDDEN));
        }
        return shown;
    }

    /** One count alone, where no group sums it up. */
    public static String apply(long count) {
        return isSmall(count) ? HIDDEN : Long.toString(count);
    }

    static boolean isSmall(long count) {
        return count > 0 && count < THRESHOLD;
    }

}
