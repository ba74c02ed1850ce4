package org.ponte.reporting.readmodel;

import org.ponte.events.vocabulary.AttendanceChannel;
import org.ponte.events.vocabulary.InterventionArea;
import org.roaringbitmap.RoaringBitmap;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What happened at one office in one month, pre-aggregated: counts (in all and by day of the month), attendances by
 * channel and area, the sets of people attended and mentored (bitmaps of person numbers, exact under union), the
 * latest profile of each person attended, the referrals requested that month by partner and area, the activities
 * held and resources published that month, and the appointments by agency. A report reads the cells of the months
 * it covers; a window that starts or ends inside a month reads that month's day counts and its log of (day, person).
 */
public final class MonthCell {

    static final int CHANNELS = AttendanceChannel.values().length;
    static final int AREAS = InterventionArea.values().length;

    int attendances;
    final int[] attendancesByDay = new int[31];
    final int[] channelArea = new int[CHANNELS * AREAS];
    final RoaringBitmap attended = new RoaringBitmap();
    final PackedLog attendanceLog = new PackedLog();
    /** Person number to (epoch second of the latest attendance of the month) &lt;&lt; 24 | profile code. */
    final IntLongMap profiles = new IntLongMap();

    int sessions;
    final int[] sessionsByDay = new int[31];
    final RoaringBitmap mentored = new RoaringBitmap();
    final PackedLog mentoringLog = new PackedLog();

    int referralsMade;
    final int[] referralsMadeByDay = new int[31];
    int referralsCompleted;
    final int[] referralsCompletedByDay = new int[31];
    /** The referrals requested this month, by partner id and area ({@code partner|AREA}). */
    final Map<String, FunnelCell> funnel = new HashMap<>();

    /** Activities held this month and not cancelled, by id. */
    final Map<String, ActivityState> activities = new LinkedHashMap<>();
    /** Resources published this month and not withdrawn since, by id. */
    final Map<String, ResourceState> resources = new LinkedHashMap<>();
    /** Appointments of this month by agency: total, attended, missed, rescheduled, cancelled, without an outcome yet. */
    final Map<String, int[]> appointments = new HashMap<>();

    public int attendances() {
        return attendances;
    }

    public int attendances(int fromDay, int toDay) {
        return sum(attendancesByDay, fromDay, toDay);
    }

    /** Attendance-area pairs of one channel and area (an attendance in two areas counts in each). */
    public int attendances(AttendanceChannel channel, InterventionArea area) {
        return channelArea[channel.ordinal() * AREAS + area.ordinal()];
    }

    public RoaringBitmap attended() {
        return attended;
    }

    /** The people attended on days {@code fromDay} to {@code toDay} of the month. */
    public RoaringBitmap attended(int fromDay, int toDay) {
        return attendanceLog.people(fromDay, toDay);
    }

    public IntLongMap profiles() {
        return profiles;
    }

    public int sessions() {
        return sessions;
    }

    public int sessions(int fromDay, int toDay) {
        return sum(sessionsByDay, fromDay, toDay);
    }

    public RoaringBitmap mentored() {
        return mentored;
    }

    public RoaringBitmap mentored(int fromDay, int toDay) {
        return mentoringLog.people(fromDay, toDay);
    }

    public int referralsMade(int fromDay, int toDay) {
        return fromDay == 1 && toDay == 31 ? referralsMade : sum(referralsMadeByDay, fromDay, toDay);
    }

    public int referralsCompleted(int fromDay, int toDay) {
        return fromDay == 1 && toDay == 31 ? referralsCompleted : sum(referralsCompletedByDay, fromDay, toDay);
    }

    public Map<String, FunnelCell> funnel() {
        return funnel;
    }

    public Iterable<ActivityState> activities() {
        return activities.values();
    }

    public Iterable<ResourceState> resources() {
        return resources.values();
    }

    public Map<String, int[]> appointments() {
        return appointments;
    }

    private static int sum(int[] byDay, int fromDay, int toDay) {
        int sum = 0;
        for (int day = fromDay; day <= toDay; day++) {
            sum += byDay[day - 1];
        }
        return sum;
    }

    /** (day of month, person number) pairs, packed in a growing long array: what a window inside a month reads. */
    static final class PackedLog {

        private long[] entries = new long[4];
        private int size;

        void add(int day, int person) {
            if (size == entries.length) {
                entries = java.util.Arrays.copyOf(entries, size * 2);
            }
            entries[size++] = (long) day << 32 | person;
        }

        RoaringBitmap people(int fromDay, int toDay) {
            RoaringBitmap people = new RoaringBitmap();
            for (int i = 0; i < size; i++) {
                int day = (int) (entries[i] >>> 32);
                if (day >= fromDay && day <= toDay) {
                    people.add((int) entries[i]);
                }
            }
            return people;
        }
    }
}
