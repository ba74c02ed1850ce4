package org.ponte.reporting.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * One indicator's progress on a day: actual against target, the value expected by then on a linear pace over
 * the plan period, the day the target will be reached at the pace so far, and the status.
 */
public record IndicatorProgress(String code, String name, long target, long actual, BigDecimal percent, BigDecimal expectedByNow,
                                LocalDate forecastDate, ProgressStatus status) {

    static final double ON_TRACK_SHARE = 0.9;
    static final double AT_RISK_SHARE = 0.7;

    public static IndicatorProgress of(String code, String name, long target, long actual, LocalDate start, LocalDate end, LocalDate asOf) {
        long periodDays = ChronoUnit.DAYS.between(start, end) + 1;
        long elapsedDays = Math.max(0, Math.min(periodDays, ChronoUnit.DAYS.between(start, asOf) + 1));
        double expected = target * (double) elapsedDays / periodDays;
        BigDecimal percent = target == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(actual * 100.0 / target).setScale(1, RoundingMode.HALF_UP);
        return new IndicatorProgress(code, name, target, actual, percent, BigDecimal.valueOf(expected).setScale(1, RoundingMode.HALF_UP),
                forecast(target, actual, start, elapsedDays, asOf), status(target, actual, expected, asOf.isAfter(end), elapsedDays));
    }

    /** At the pace so far (actual per elapsed day), the day the target is reached; none before any progress. */
    private static LocalDate forecast(long target, long actual, LocalDate start, long elapsedDays, LocalDate asOf) {
        if (actual >= target) {
            return asOf;
        }
        if (actual == 0 || elapsedDays == 0) {
            return null;
        }
        // Days needed at actual/elapsedDays a day, rounded up, in whole numbers: floating point would make 14 days 14.000000000000002.
        long daysNeeded = (target * elapsedDays + actual - 1) / actual;
        return start.plusDays(daysNeeded - 1);
    }

    private static ProgressStatus status(long target, long actual, double expected, boolean ended, long elapsedDays) {
        if (actual >= target) {
            return ProgressStatus.ACHIEVED;
        }
        if (ended) {
            return ProgressStatus.BEHIND;
        }
        if (elapsedDays == 0 || actual >= expected * ON_TRACK_SHARE) {
            return ProgressStatus.ON_TRACK;
        }
        return actual >= expected * AT_RISK_SHARE ? ProgressStatus.AT_RISK : ProgressStatus.BEHIND;
    }
}
