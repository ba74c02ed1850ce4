package org.ponte.platform.web;

import org.springframework.http.HttpStatus;

import java.time.Instant;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Map;

/**
 * The years a date or instant may have in the API: 1 to 9999, what every store, driver and client can hold
 * (java.time reads a year of a billion; a BSON date does not hold it).
 */
public final class StorableTime {

    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    private StorableTime() {
    }

    public static boolean isStorable(TemporalAccessor time) {
        if (time instanceof Instant instant) {
            return !instant.isBefore(EARLIEST) && !instant.isAfter(LATEST);
        }
        if (time.isSupported(ChronoField.YEAR)) {
            int year = time.get(ChronoField.YEAR);
            return year >= 1 && year <= 9999;
        }
        return true;
    }

    /** A request parameter's date or instant, refused (400, naming the parameter) outside the storable years. */
    public static <T extends TemporalAccessor> T requireStorable(String parameter, T time) {
        if (time != null && !isStorable(time)) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-parameter", parameter + " must lie within the years 1 to 9999.",
                    Map.of("errors", List.of(Map.of("field", parameter, "message", "must lie within the years 1 to 9999"))));
        }
        return time;
    }
}
