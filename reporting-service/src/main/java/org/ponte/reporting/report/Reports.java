package org.ponte.reporting.report;

import org.ponte.events.vocabulary.AgeBand;
import org.ponte.events.vocabulary.AttendanceChannel;
import org.ponte.events.vocabulary.InterventionArea;
import org.ponte.events.vocabulary.Sex;
import org.ponte.reporting.office.OfficeSet;
import org.ponte.reporting.progress.IndicatorCounts;
import org.ponte.reporting.readmodel.ActivityState;
import org.ponte.reporting.readmodel.EventLog;
import org.ponte.reporting.readmodel.FunnelCell;
import org.ponte.reporting.readmodel.MonthCell;
import org.ponte.reporting.readmodel.ReadModel;
import org.roaringbitmap.RoaringBitmap;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The reports, read from the read model's month cells of the offices and months they cover, with small counts of
 * people suppressed (counts of work done, such as attendances, referrals or appointments, are shown as they are). Periods are whole months (the controller makes them so), so every report reads whole cells. A monthly
 * report of several offices gives their months together; {@code /reports/network} gives offices side by side.
 */
@Service
class Reports {

    private static final List<String> OUTCOMES = List.of("appointments", "ATTENDED", "MISSED", "RESCHEDULED", "CANCELLED", "open");

    private final EventLog log;

    Reports(EventLog log) {
        this.log = log;
    }

    /** One row per month, office, channel and area: attendances (an attendance in two areas counts in each). */
    record MonthlyAttendances(String month, String officeId, String channel, String area, String attendances) {
    }

    /** One row per partner and area. The median time to respond is in hours, over referrals answered. */
    record FunnelRow(String partnerId, String area, String requested, String accepted, String declined, String completed,
                     String cancelled, String overdue, Double medianHoursToRespond) {
    }

    /** Distinct people supported (with an attendance in the period), by each category on its own. */
    record Demographics(Map<String, String> nationality, Map<String, String> sex, Map<String, String> ageBand) {
    }

    /** One row per month, office and activity type: activities held (not cancelled since) and their minutes in all. */
    record MonthlyActivities(String month, String officeId, String type, long activities, long minutes) {
    }

    /**
     * One row per month, office and category of participant: REGISTERED (distinct people registered in Ponte),
     * STAFF, PARTNERS (organisations) and the anonymous head counts (MIGRANTS, COMMUNITY…). People are counted, so
     * small counts are hidden as everywhere else.
     */
    record MonthlyParticipants(String month, String officeId, String category, String participants) {
    }

    /**
     * One row per month, office and legal-status category: the distinct people supported that month (with an
     * attendance, or in an activity held), by the status in force on the month's last day (the entry that started
     * last by then; NOT_RECORDED when there is none). People are counted, so small counts are hidden.
     */
    record MonthlyLegalStatus(String month, String officeId, String category, String people) {
    }

    /**
     * One row per agency: appointments in the period by what became of them ({@code open}: none recorded yet), and
     * the no-show rate (missed of attended or missed, in percent).
     */
    record AppointmentOutcomes(String agency, String appointments, String attended, String missed, String rescheduled, String cancelled,
                               String open, Double noShowPercent) {
    }

    /** Visits each month cell of the offices in the period, for a report that adds them all up. */
    private void eachCell(ReadModel model, OfficeSet offices, LocalDate from, LocalDate to, CellVisitor visit) {
        for (String officeId : IndicatorCounts.officesOf(model, offices)) {
            model.months(officeId, YearMonth.from(from), YearMonth.from(to))
                    .forEach((month, cell) -> visit.visit(ReadModel.month(month).toString(), officeId, cell));
        }
    }

    @FunctionalInterface
    private interface CellVisitor {
        void visit(String month, String officeId, MonthCell cell);
    }

    /**
     * Visits each month of the period with the cells of every office it covers: the rows of a monthly report are the
     * office's when one office is asked for, and the offices' together ({@code officeId} null) when several are (a
     * region, the network): a coordinator reads the network's months, and {@code /reports/network} sets offices
     * side by side.
     */
    private void eachMonth(ReadModel model, OfficeSet offices, LocalDate from, LocalDate to, MonthVisitor visit) {
        java.util.Collection<String> officeIds = IndicatorCounts.officesOf(model, offices);
        String single = officeIds.size() == 1 && !offices.isEveryOffice() ? officeIds.iterator().next() : null;
        Map<Integer, List<MonthCell>> byMonth = new TreeMap<>();
        for (String officeId : officeIds) {
            model.months(officeId, YearMonth.from(from), YearMonth.from(to))
                    .forEach((month, cell) -> byMonth.computeIfAbsent(month, m -> new ArrayList<>()).add(cell));
        }
        byMonth.forEach((month, cells) -> visit.visit(ReadModel.month(month).toString(), single, cells));
    }

    @FunctionalInterface
    private interface MonthVisitor {
        void visit(String month, String officeId, List<MonthCell> cells);
    }

    List<MonthlyAttendances> monthlyAttendances(OfficeSet offices, LocalDate from, LocalDate to) {
        return log.model().read(model -> {
            List<MonthlyAttendances> rows = new ArrayList<>();
            eachMonth(model, offices, from, to, (month, officeId, monthCells) -> {
                Map<String, Long> cells = new TreeMap<>();
                for (AttendanceChannel channel : AttendanceChannel.values()) {
                    for (InterventionArea area : InterventionArea.values()) {
                        long count = monthCells.stream().mapToLong(cell -> cell.attendances(channel, area)).sum();
                        if (count > 0) {
                            cells.put(channel.name() + "|" + area.name(), count);
                        }
                    }
                }
                cells.forEach((key, count) -> {
                    String[] c = key.split("\\|");
                    rows.add(new MonthlyAttendances(month, officeId, c[0], c[1], Long.toString(count)));
                });
            });
            return rows;
        });
    }

    List<MonthlyActivities> monthlyActivities(OfficeSet offices, LocalDate from, LocalDate to) {
        return log.model().read(model -> {
            List<MonthlyActivities> rows = new ArrayList<>();
            eachMonth(model, offices, from, to, (month, officeId, cells) -> {
                Map<String, long[]> byType = new TreeMap<>();
                for (ActivityState activity : activities(cells)) {
                    long[] sums = byType.computeIfAbsent(activity.type(), type -> new long[2]);
                    sums[0]++;
                    sums[1] += activity.minutes();
                }
                byType.forEach((type, sums) -> rows.add(new MonthlyActivities(month, officeId, type, sums[0], sums[1])));
            });
            return rows;
        });
    }

    List<MonthlyParticipants> monthlyParticipants(OfficeSet offices, LocalDate from, LocalDate to) {
        return log.model().read(model -> {
            List<MonthlyParticipants> rows = new ArrayList<>();
            eachMonth(model, offices, from, to, (month, officeId, cells) -> {
                List<ActivityState> activities = activities(cells);
                if (activities.isEmpty()) {
                    return;
                }
                Map<String, Long> counts = new TreeMap<>();
                RoaringBitmap registered = new RoaringBitmap();
                for (ActivityState activity : activities) {
                    registered.add(activity.people());
                    counts.merge("STAFF", (long) activity.staff(), Long::sum);
                    counts.merge("PARTNERS", (long) activity.partners(), Long::sum);
                    activity.anonymous().forEach((category, count) -> counts.merge(category, (long) count, Long::sum));
                }
                counts.put("REGISTERED", registered.getLongCardinality());
                counts.values().removeIf(count -> count == 0);
                Suppression.apply(counts).forEach((category, shown) -> rows.add(new MonthlyParticipants(month, officeId, category, shown)));
            });
            return rows;
        });
    }

    List<MonthlyLegalStatus> monthlyLegalStatus(OfficeSet offices, LocalDate from, LocalDate to) {
        return log.model().read(model -> {
            List<MonthlyLegalStatus> rows = new ArrayList<>();
            eachMonth(model, offices, from, to, (month, officeId, cells) -> {
                RoaringBitmap supported = new RoaringBitmap();
                cells.forEach(cell -> supported.or(cell.attended()));
                activities(cells).forEach(activity -> supported.add(activity.people()));
                if (supported.isEmpty()) {
                    return;
                }
                LocalDate monthEnd = YearMonth.parse(month).atEndOfMonth();
                Map<String, Long> byCategory = model.statusesOn(supported, monthEnd);
                Suppression.apply(byCategory).forEach((category, shown) -> rows.add(new MonthlyLegalStatus(month, officeId, category, shown)));
            });
            return rows;
        });
    }

    List<AppointmentOutcomes> appointmentOutcomes(OfficeSet offices, LocalDate from, LocalDate to) {
        return log.model().read(model -> {
            Map<String, long[]> byAgency = new TreeMap<>();
            eachCell(model, offices, from, to, (month, officeId, cell) -> cell.appointments().forEach((agency, counts) -> {
                long[] sums = byAgency.computeIfAbsent(agency, a -> new long[OUTCOMES.size()]);
                for (int i = 0; i < counts.length; i++) {
                    sums[i] += counts[i];
                }
            }));
            List<AppointmentOutcomes> rows = new ArrayList<>();
            byAgency.forEach((agency, c) -> {
                if (c[0] == 0) {
                    return;
                }
                long attended = c[1];
                long missed = c[2];
                Double noShow = attended + missed == 0 ? null : Math.round(missed * 1000.0 / (attended + missed)) / 10.0;
                rows.add(new AppointmentOutcomes(agency, Long.toString(c[0]), Long.toString(attended), Long.toString(missed),
                        Long.toString(c[3]), Long.toString(c[4]), Long.toString(c[5]), noShow));
            });
            return rows;
        });
    }

    List<FunnelRow> funnel(OfficeSet offices, LocalDate from, LocalDate to) {
        return log.model().read(model -> {
            Map<String, FunnelSum> byPartnerAndArea = new HashMap<>();
            eachCell(model, offices, from, to, (month, officeId, cell) ->
                    cell.funnel().forEach((key, funnel) -> byPartnerAndArea.computeIfAbsent(key, k -> new FunnelSum()).add(funnel)));
            List<FunnelRow> rows = new ArrayList<>();
            new TreeMap<>(byPartnerAndArea).forEach((key, sum) -> {
                String[] k = key.split("\\|");
                long[] s = sum.steps;
                rows.add(new FunnelRow(k[0], k[1], Long.toString(s[0]), Long.toString(s[1]), Long.toString(s[2]),
                        Long.toString(s[3]), Long.toString(s[4]), Long.toString(s[5]), sum.medianHours()));
            });
            return rows;
        });
    }

    /** A partner's and area's referrals over the cells: the steps added up, and every (minutes to respond, how many). */
    private static final class FunnelSum {

        final long[] steps = new long[6];
        private long[] minutes = new long[4];
        private long[] counts = new long[4];
        private int size;

        void add(FunnelCell cell) {
            steps[0] += cell.requested();
            steps[1] += cell.accepted();
            steps[2] += cell.declined();
            steps[3] += cell.completed();
            steps[4] += cell.cancelled();
            steps[5] += cell.overdue();
            cell.minutesToRespond((minute, count) -> {
                if (size == minutes.length) {
                    minutes = java.util.Arrays.copyOf(minutes, size * 2);
                    counts = java.util.Arrays.copyOf(counts, size * 2);
                }
                minutes[size] = minute;
                counts[size++] = count;
                return 0;
            });
        }

        /** The median of the minutes, in hours to one decimal; none when no referral was answered. */
        Double medianHours() {
            if (size == 0) {
                return null;
            }
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            java.util.Arrays.sort(order, java.util.Comparator.comparingLong(i -> minutes[i]));
            long total = 0;
            for (int i = 0; i < size; i++) {
                total += counts[i];
            }
            double median = (valueAt(order, (total - 1) / 2) + valueAt(order, total / 2)) / 2.0;
            return Math.round(median / 60.0 * 10) / 10.0;
        }

        private long valueAt(Integer[] order, long position) {
            long seen = 0;
            for (int i : order) {
                seen += counts[i];
                if (position < seen) {
                    return minutes[i];
                }
            }
            throw new IllegalStateException("position " + position + " beyond " + seen);
        }
    }

    private static List<ActivityState> activities(List<MonthCell> cells) {
        List<ActivityState> activities = new ArrayList<>();
        cells.forEach(cell -> cell.activities().forEach(activities::add));
        return activities;
    }

    /** Each person's latest attendance in the period gives their nationality, sex and age band. */
    Demographics demographics(OfficeSet offices, LocalDate from, LocalDate to) {
        return log.model().read(model -> {
            // By person number: a long a person the model knows, the latest (time, profile) of each in the period.
            long[] latest = new long[model.people()];
            eachCell(model, offices, from, to, (month, officeId, cell) ->
                    cell.profiles().forEach((person, packed) -> latest[person] = Math.max(latest[person], packed)));
            long[] byNationality = new long[1 << 16];
            long[] bySex = new long[16];
            long[] byAgeBand = new long[16];
            for (long packed : latest) {
                if (packed != 0) {
                    byNationality[(int) (packed >>> 8 & 0xFFFF)]++;
                    bySex[(int) (packed >>> 4 & 0xF)]++;
                    byAgeBand[(int) (packed & 0xF)]++;
                }
            }
            Map<String, Long> nationality = new TreeMap<>();
            Map<String, Long> sex = new TreeMap<>();
            Map<String, Long> ageBand = new TreeMap<>();
            for (int i = 0; i < byNationality.length; i++) {
                if (byNationality[i] > 0) {
                    nationality.put(model.nationality((long) i << 8), byNationality[i]);
                }
            }
            for (int i = 0; i < 16; i++) {
                if (bySex[i] > 0) {
                    sex.put(Sex.values()[i].name(), bySex[i]);
                }
                if (byAgeBand[i] > 0) {
                    ageBand.put(AgeBand.values()[i].name(), byAgeBand[i]);
                }
            }
            return new Demographics(Suppression.apply(nationality), Suppression.apply(sex), Suppression.apply(ageBand));
        });
    }

}
