package org.ponte.reporting.progress;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The plan runs the 366 days of 2024 (a leap year), so halfway is 2024-07-01 (183 days). */
class IndicatorProgressTest {

    static final LocalDate START = LocalDate.of(2024, 1, 1);
    static final LocalDate END = LocalDate.of(2024, 12, 31);
    static final LocalDate HALFWAY = LocalDate.of(2024, 7, 1);

    @Test
    void halfwayWithHalfTheTargetIsOnTrackAndForecastToFinishOnTime() {
        IndicatorProgress progress = IndicatorProgress.of("ATTENDANCES", "Atendimentos", 3600, 1800, START, END, HALFWAY);

        assertThat(progress.expectedByNow()).isEqualByComparingTo("1800.0");
        assertThat(progress.percent()).isEqualByComparingTo("50.0");
        assertThat(progress.status()).isEqualTo(ProgressStatus.ON_TRACK);
        assertThat(progress.forecastDate()).isEqualTo(END);
    }

    @Test
    void between70And90PercentOfThePaceIsAtRiskAndBelowIsBehind() {
        assertThat(IndicatorProgress.of("A", "A", 3600, 1440, START, END, HALFWAY).status()).isEqualTo(ProgressStatus.AT_RISK);
        assertThat(IndicatorProgress.of("A", "A", 3600, 1000, START, END, HALFWAY).status()).isEqualTo(ProgressStatus.BEHIND);
        assertThat(IndicatorProgress.of("A", "A", 3600, 1000, START, END, HALFWAY).forecastDate()).isAfter(END);
    }

    @Test
    void reachingTheTargetIsAchievedWhateverTheDate() {
        IndicatorProgress progress = IndicatorProgress.of("A", "A", 72, 80, START, END, HALFWAY);

        assertThat(progress.status()).isEqualTo(ProgressStatus.ACHIEVED);
        assertThat(progress.percent()).isEqualByComparingTo("111.1");
        assertThat(progress.forecastDate()).isEqualTo(HALFWAY);
    }

    @Test
    void aPeriodNotYetStartedExpectsNothingAndForecastsNothing() {
        IndicatorProgress progress = IndicatorProgress.of("A", "A", 1224, 0, START, END, LocalDate.of(2023, 12, 1));

        assertThat(progress.expectedByNow()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(progress.status()).isEqualTo(ProgressStatus.ON_TRACK);
        assertThat(progress.forecastDate()).isNull();
    }

    @Test
    void aPeriodThatEndedShortOfTheTargetIsBehind() {
        IndicatorProgress progress = IndicatorProgress.of("A", "A", 1224, 1200, START, END, LocalDate.of(2025, 3, 1));

        assertThat(progress.expectedByNow()).isEqualByComparingTo("1224.0");
        assertThat(progress.status()).isEqualTo(ProgressStatus.BEHIND);
    }

    @Test
    void noProgressYetHasNoForecast() {
        assertThat(IndicatorProgress.of("A", "A", 6, 0, START, END, HALFWAY).forecastDate()).isNull();
        assertThat(IndicatorProgress.of("A", "A", 6, 0, START, END, HALFWAY).status()).isEqualTo(ProgressStatus.BEHIND);
    }

    @Test
    void theForecastCountsWholeDaysExactly() {
        // 3 in the first 11 days: 15 takes exactly 55 days, reached on day 55 (in floating point, 15 / (3 / 11.0) is 55.00000000000001).
        assertThat(IndicatorProgress.of("A", "A", 15, 3, START, END, START.plusDays(10)).forecastDate()).isEqualTo(START.plusDays(54));
        // 2 in 3 days: 7 takes 10.5 days, reached on day 11.
        assertThat(IndicatorProgress.of("A", "A", 7, 2, START, END, START.plusDays(2)).forecastDate()).isEqualTo(START.plusDays(10));
    }
}
