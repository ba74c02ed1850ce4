package org.ponte.referrals.referral;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Deadlines in working days (Monday to Friday, in the offices' time zone); public holidays are not known here. */
final class WorkingDays {

    private WorkingDays() {
    }

    static Instant after(Instant start, int workingDays, ZoneId zone) {
        ZonedDateTime day = start.atZone(zone);
        int added = 0;
        while (added < workingDays) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                added++;
            }
        }
        return day.toInstant();
    }
}
