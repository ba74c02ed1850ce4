package org.ponte.reporting.readmodel;

import java.util.Arrays;
import java.util.function.LongBinaryOperator;

/**
 * The referrals of one office, month of request, partner and area: how many reached each step, and how long the
 * partner took to answer each one answered (minutes, with how many took them, in two small sorted arrays: a cell
 * holds a handful of referrals), from which the median is exact.
 */
public final class FunnelCell {

    int requested;
    int accepted;
    int declined;
    int completed;
    int cancelled;
    int overdue;
    private long[] minutes = new long[0];
    private long[] counts = new long[0];

    public int requested() {
        return requested;
    }

    public int accepted() {
        return accepted;
    }

    public int declined() {
        return declined;
    }

    public int completed() {
        return completed;
    }

    public int cancelled() {
        return cancelled;
    }

    public int overdue() {
        return overdue;
    }

    /** Calls {@code visit} with each number of minutes to respond and how many referrals took it, shortest first. */
    public void minutesToRespond(LongBinaryOperator visit) {
        for (int i = 0; i < minutes.length; i++) {
            visit.applyAsLong(minutes[i], counts[i]);
        }
    }

    /** Adds {@code count} (negative to take back) referrals answered after {@code minute} minutes. */
    void answered(long minute, int count) {
        int at = Arrays.binarySearch(minutes, minute);
        if (at >= 0) {
            counts[at] += count;
            if (counts[at] == 0) {
                minutes = remove(minutes, at);
                counts = remove(counts, at);
            }
        } else if (count > 0) {
            int insert = -at - 1;
            minutes = insert(minutes, insert, minute);
            counts = insert(counts, insert, count);
        }
    }

    boolean isEmpty() {
        return requested == 0 && accepted == 0 && declined == 0 && completed == 0 && cancelled == 0 && overdue == 0;
    }

    private static long[] insert(long[] array, int at, long value) {
        long[] grown = new long[array.length + 1];
        System.arraycopy(array, 0, grown, 0, at);
        grown[at] = value;
        System.arraycopy(array, at, grown, at + 1, array.length - at);
        return grown;
    }

    private static long[] remove(long[] array, int at) {
        long[] shrunk = new long[array.length - 1];
        System.arraycopy(array, 0, shrunk, 0, at);
        System.arraycopy(array, at + 1, shrunk, at, array.length - at - 1);
        return shrunk;
    }
}
