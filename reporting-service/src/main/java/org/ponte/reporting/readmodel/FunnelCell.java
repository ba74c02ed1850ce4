package org.ponte.reporting.readmodel;

import java.util.Map;
import java.util.TreeMap;

/**
 * The referrals of one office, month of request, partner and area: how many reached each step, and how long the
 * partner took to answer each one answered (minutes to count), from which the median is exact.
 */
public final class FunnelCell {

    int requested;
    int accepted;
    int declined;
    int completed;
    int cancelled;
    int overdue;
    final TreeMap<Long, Integer> minutesToRespond = new TreeMap<>();

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

    public Map<Long, Integer> minutesToRespond() {
        return minutesToRespond;
    }

    boolean isEmpty() {
        return requested == 0 && accepted == 0 && declined == 0 && completed == 0 && cancelled == 0 && overdue == 0;
    }
}
