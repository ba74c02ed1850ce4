package org.ponte.reporting.progress;

import org.ponte.events.vocabulary.ActivityType;
import org.ponte.events.vocabulary.ResourceType;
import org.ponte.reporting.office.OfficeSet;
import org.ponte.reporting.readmodel.ActivityState;
import org.ponte.reporting.readmodel.EventLog;
import org.ponte.reporting.readmodel.MonthCell;
import org.ponte.reporting.readmodel.ReadModel;
import org.ponte.reporting.readmodel.ResourceState;
import org.roaringbitmap.RoaringBitmap;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Counts the computed indicators for a set of offices and a period of days, from the read model's month cells, all
 * of them in one pass ({@link Tally}): a month wholly inside the period by its totals, the month a period starts or
 * ends in by its counts and log per day. People are counted by the union of the months' sets, so a person counts
 * once however many months and offices.
 */
@Component
public class IndicatorCounts {

    private final EventLog log;

    IndicatorCounts(EventLog log) {
        this.log = log;
    }

    public long count(ComputedIndicator indicator, OfficeSet offices, LocalDate from, LocalDate to) {
        return tally(offices, from, to).value(indicator);
    }

    /** Every indicator of the offices together over the days, in one pass. */
    public Tally tally(OfficeSet offices, LocalDate from, LocalDate to) {
        return log.model().read(model -> tally(model, officesOf(model, offices), from, to));
    }

    /** Every indicator of each office on its own over the days, in one pass each, under one read lock. */
    public Map<String, Tally> tallies(Collection<String> officeIds, LocalDate from, LocalDate to) {
        return log.model().read(model -> {
            Map<String, Tally> tallies = new java.util.LinkedHashMap<>();
            officeIds.forEach(officeId -> tallies.put(officeId, tally(model, List.of(officeId), from, to)));
            return tallies;
        });
    }

    /** The same, under a read lock the caller holds. */
    public static long count(ReadModel model, ComputedIndicator indicator, OfficeSet offices, LocalDate from, LocalDate to) {
        return tally(model, officesOf(model, offices), from, to).value(indicator);
    }

    /** The offices of the set, or every office the read model knows of. */
    public static Collection<String> officesOf(ReadModel model, OfficeSet offices) {
        return offices.isEveryOffice() ? model.officeIds() : offices.officeIds();
    }

    /** Every indicator of the offices over the days from {@code from} to {@code to}, both included. */
    public static Tally tally(ReadModel model, Collection<String> officeIds, LocalDate from, LocalDate to) {
        Tally tally = new Tally();
        if (to.isBefore(from)) {
            return tally;
        }
        Period period = new Period(from, to);
        for (String officeId : officeIds) {
            for (Map.Entry<Integer, MonthCell> month : model.months(officeId, YearMonth.from(from), YearMonth.from(to)).entrySet()) {
                tally.add(month.getValue(), ReadModel.month(month.getKey()), period);
            }
        }
        return tally;
    }

    /** What the indicators count, added up cell by cell: counts (minutes for the training hours) and the sets of people. */
    public static final class Tally {

        private static final List<ComputedIndicator> ALL = List.of(ComputedIndicator.values());
        private final long[] counts = new long[ALL.size()];
        private final RoaringBitmap supported = new RoaringBitmap();
        private final RoaringBitmap mentored = new RoaringBitmap();

        public long value(ComputedIndicator indicator) {
            return switch (indicator) {
                case BENEFICIARIES_SUPPORTED -> supported.getLongCardinality();
                case BENEFICIARIES_MENTORED -> mentored.getLongCardinality();
                case TECHNICIAN_TRAINING_HOURS -> counts[indicator.ordinal()] / 60;
                default -> counts[indicator.ordinal()];
            };
        }

        /** Adds another tally (another office's): counts summed, people united. */
        public void add(Tally other) {
            for (int i = 0; i < counts.length; i++) {
                counts[i] += other.counts[i];
            }
            supported.or(other.supported);
            mentored.or(other.mentored);
        }

        private void add(MonthCell cell, YearMonth month, Period period) {
            int first = period.firstDay(month);
            int last = period.lastDay(month);
            boolean whole = first == 1 && last == month.lengthOfMonth();
            counts[ComputedIndicator.ATTENDANCES.ordinal()] += whole ? cell.attendances() : cell.attendances(first, last);
            supported.or(whole ? cell.attended() : cell.attended(first, last));
            mentored.or(whole ? cell.mentored() : cell.mentored(first, last));
            counts[ComputedIndicator.MENTORING_SESSIONS.ordinal()] += whole ? cell.sessions() : cell.sessions(first, last);
            counts[ComputedIndicator.REFERRALS_MADE.ordinal()] += cell.referralsMade(first, last);
            counts[ComputedIndicator.REFERRALS_COMPLETED.ordinal()] += cell.referralsCompleted(first, last);
            for (ActivityState activity : cell.activities()) {
                if (whole || period.holds(activity.heldAt())) {
                    supported.add(activity.people());
                    if (activity.type().equals(ActivityType.TECHNICIAN_TRAINING.name())) {
                        counts[ComputedIndicator.TECHNICIAN_TRAINING_HOURS.ordinal()] += activity.minutes();
                    } else if (activity.type().equals(ActivityType.AWARENESS_ACTION.name())) {
                        counts[ComputedIndicator.AWARENESS_ACTIONS.ordinal()]++;
                    } else if (activity.type().equals(ActivityType.NETWORK_MEETING.name())) {
                        counts[ComputedIndicator.NETWORK_MEETINGS.ordinal()]++;
                    }
                }
            }
            for (ResourceState resource : cell.resources()) {
                if (whole || period.holds(resource.publishedAt())) {
                    if (resource.type().equals(ResourceType.GUIDE.name())) {
                        counts[ComputedIndicator.GUIDES_PUBLISHED.ordinal()]++;
                    } else if (resource.type().equals(ResourceType.PUBLICATION.name())) {
                        counts[ComputedIndicator.PUBLICATIONS.ordinal()]++;
                    }
                }
            }
        }
    }

    /** The days from {@code from} to {@code to}, both included (UTC, as the events' months are). */
    private record Period(LocalDate from, LocalDate to) {

        int firstDay(YearMonth month) {
            return month.equals(YearMonth.from(from)) ? from.getDayOfMonth() : 1;
        }

        int lastDay(YearMonth month) {
            return month.equals(YearMonth.from(to)) ? to.getDayOfMonth() : month.lengthOfMonth();
        }

        boolean holds(Instant at) {
            return !at.isBefore(from.atStartOfDay().toInstant(ZoneOffset.UTC)) && at.isBefore(to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        }
    }
}
