package org.ponte.referrals.referral;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingDaysTest {

    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");

    @Test
    void twoWorkingDaysFromAFridayEndOnTuesday() {
        assertThat(WorkingDays.after(Instant.parse("2026-11-20T10:00:00Z"), 2, LISBON)).isEqualTo(Instant.parse("2026-11-24T10:00:00Z"));
    }

    @Test
    void fiveWorkingDaysFromAWednesdayEndTheNextWednesday() {
        assertThat(WorkingDays.after(Instant.parse("2026-11-18T15:30:00Z"), 5, LISBON)).isEqualTo(Instant.parse("2026-11-25T15:30:00Z"));
    }

    @Test
    void aSaturdayRequestCountsFromMonday() {
        assertThat(WorkingDays.after(Instant.parse("2026-11-21T09:00:00Z"), 1, LISBON)).isEqualTo(Instant.parse("2026-11-23T09:00:00Z"));
    }
}
