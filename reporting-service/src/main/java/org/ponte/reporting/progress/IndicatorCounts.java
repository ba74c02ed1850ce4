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
import java.util.Map;

/**
 * Counts the computed indicators for a set of offices and a period of days, from the read model's month cells: a
 * month wholly inside the period by its totals, the month a period starts or ends in by its counts and log per day.
 * People are counted by the union of the months' sets, so a person counts once however many months and offices.
 */
@Component
public class IndicatorCounts {

    private final EventLog log;

    IndicatorCounts(EventLog log) {
        this.log = log;
    }

    public long count(ComputedIndicator indicator, OfficeSet offices, LocalDate from, LocalDate to) {
        return log.model().read(model -> count(model, indicator, offices, from, to));
    }

    /** The same, under a read lock the caller holds, for a query that counts many things at once. */
    public static long count(ReadModel model, ComputedIndicator indicator, OfficeSet offices, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return 0;
        }
        Period period = new Period(from, to);
        long total = 0;
        RoaringBitmap people = new RoaringBitmap();
        for (String officeId : officesOf(model, offices)) {
            for (Map.Entry<Integer, MonthCell> month : model.months(officeId, YearMonth.from(from), YearMonth.from(to)).entrySet()) {
                MonthCell cell = month.getValue();
                YearMonth yearMonth = ReadModel.month(month.getKey());
                int first = period.firstDay(yearMonth);
                int last = period.lastDay(yearMonth);
                boolean whole = first == 1 && last == yearMonth.lengthOfMonth();
                total += switch (indicator) {
                    case ATTENDANCES -> whole ? cell.attendances() : cell.attendances(first, last);
                    case BENEFICIARIES_SUPPORTED -> {
                        people.or(whole ? cell.attended() : cell.attended(first, last));
                        for (ActivityState activity : cell.activities()) {
                            if (period.holds(activity.heldAt())) {
                                people.add(activity.people());
                            }
                        }
                        yield 0;
                    }
                    case BENEFICIARIES_MENTORED -> {
                        people.or(whole ? cell.mentored() : cell.mentored(first, last));
                        yield 0;
                    }
                    case MENTORING_SESSIONS -> whole ? cell.sessions() : cell.sessions(first, last);
                    case REFERRALS_MADE -> cell.referralsMade(first, last);
                    case REFERRALS_COMPLETED -> cell.referralsCompleted(first, last);
                    case TECHNICIAN_TRAINING_HOURS -> minutes(cell, period, ActivityType.TECHNICIAN_TRAINING);
                    case AWARENESS_ACTIONS -> activities(cell, period, ActivityType.AWARENESS_ACTION);
                    case NETWORK_MEETINGS -> activities(cell, period, ActivityType.NETWORK_MEETING);
                    case GUIDES_PUBLISHED -> resources(cell, period, ResourceType.GUIDE);
                    case PUBLICATIONS -> resources(cell, period, ResourceType.PUBLICATION);
                };
            }
        }
        return switch (indicator) {
            case BENEFICIARIES_SUPPORTED, BENEFICIARIES_MENTORED -> people.getLongCardinality();
            case TECHNICIAN_TRAINING_HOURS -> total / 60;
            default -> total;
        };
    }

    /** The offices of the set, or every office the read model knows of. */
    public static Collection<String> officesOf(ReadModel model, OfficeSet offices) {
        return offices.isEveryOffice() ? model.officeIds() : offices.officeIds();
    }

    private static long minutes(MonthCell cell, Period period, ActivityType type) {
        long minutes = 0;
        for (ActivityState activity : cell.activities()) {
            if (activity.type().equals(type.name()) && period.holds(activity.heldAt())) {
                minutes += activity.minutes();
            }
        }
        return minutes;
    }

    private static long activities(MonthCell cell, Period period, ActivityType type) {
        long count = 0;
        for (ActivityState activity : cell.activities()) {
            if (activity.type().equals(type.name()) && period.holds(activity.heldAt())) {
                count++;
            }
        }
        return count;
    }

    private static long resources(MonthCell cell, Period period, ResourceType type) {
        long count = 0;
        for (ResourceState resource : cell.resources()) {
            if (resource.type().equals(type.name()) && period.holds(resource.publishedAt())) {
                count++;
            }
        }
        return count;
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
