package org.ponte.reporting.readmodel;

import org.ponte.events.vocabulary.LegalStatusCategory;
import org.roaringbitmap.RoaringBitmap;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * Each person's legal-status entries, in primitive arrays (an entry by its id; a person's entries linked from the
 * person's number), so that the status of every person supported in a month is an array walk, not a map lookup and a
 * stream: the legal-status report of the whole network asks it some hundred thousand times.
 */
final class LegalStatuses {

    private static final int NONE = -1;
    private static final int OPEN_ENDED = Integer.MAX_VALUE;
    private static final String NOT_RECORDED = "NOT_RECORDED";
    private static final LegalStatusCategory[] CATEGORIES = LegalStatusCategory.values();

    private final IdSet.Id128Table ids = new IdSet.Id128Table();
    private int[] firstOf = filled(1024);
    private int[] next = new int[1024];
    private byte[] category = new byte[1024];
    private int[] validFrom = new int[1024];
    private int[] validUntil = new int[1024];
    private long[] recordedAt = new long[1024];
    private int size;

    /** Records an entry; the same entry again replaces what it said. */
    void record(String entryId, int person, LegalStatusCategory status, LocalDate from, LocalDate until, Instant recorded) {
        int known = ids.put(IdSet.Id128.of(entryId), size);
        int entry = known >= 0 ? known : size++;
        if (known < 0) {
            grow();
            if (person >= firstOf.length) {
                int length = firstOf.length;
                firstOf = Arrays.copyOf(firstOf, Math.max(person + 1, length * 2));
                Arrays.fill(firstOf, length, firstOf.length, NONE);
            }
            next[entry] = firstOf[person];
            firstOf[person] = entry;
        }
        category[entry] = (byte) status.ordinal();
        validFrom[entry] = (int) from.toEpochDay();
        validUntil[entry] = until == null ? OPEN_ENDED : (int) until.toEpochDay();
        recordedAt[entry] = recorded.toEpochMilli();
    }

    /**
     * How many of {@code people} were in each category on the day (by name; NOT_RECORDED for those without an entry
     * by then), counted in an array: the network's report asks it for every person supported in every office-month.
     */
    Map<String, Long> count(RoaringBitmap people, long day) {
        long[] counts = new long[CATEGORIES.length + 1];
        people.forEach((int person) -> counts[categoryOn(person, day) + 1]++);
        Map<String, Long> byName = new TreeMap<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                byName.put(i == 0 ? NOT_RECORDED : CATEGORIES[i - 1].name(), counts[i]);
            }
        }
        return byName;
    }

    /**
     * The category's ordinal on the day: the entry in force then that started last, else the one that started last
     * by then; NONE without either.
     */
    private int categoryOn(int person, long day) {
        int inForce = NONE;
        int startedLast = NONE;
        for (int entry = person < firstOf.length ? firstOf[person] : NONE; entry != NONE; entry = next[entry]) {
            if (validFrom[entry] > day) {
                continue;
            }
            if (startedLast == NONE || later(entry, startedLast)) {
                startedLast = entry;
            }
            if (validUntil[entry] >= day && (inForce == NONE || later(entry, inForce))) {
                inForce = entry;
            }
        }
        int chosen = inForce != NONE ? inForce : startedLast;
        return chosen == NONE ? NONE : category[chosen];
    }

    private boolean later(int entry, int than) {
        return validFrom[entry] != validFrom[than] ? validFrom[entry] > validFrom[than] : recordedAt[entry] > recordedAt[than];
    }

    private void grow() {
        if (size <= next.length) {
            return;
        }
        int length = next.length * 2;
        next = Arrays.copyOf(next, length);
        category = Arrays.copyOf(category, length);
        validFrom = Arrays.copyOf(validFrom, length);
        validUntil = Arrays.copyOf(validUntil, length);
        recordedAt = Arrays.copyOf(recordedAt, length);
    }

    private static int[] filled(int length) {
        int[] array = new int[length];
        Arrays.fill(array, NONE);
        return array;
    }
}
