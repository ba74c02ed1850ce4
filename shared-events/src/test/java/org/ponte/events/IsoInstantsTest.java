package org.ponte.events;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The hand-read instants are the JDK's, to the nanosecond, and anything else is read, or refused, by the JDK. */
class IsoInstantsTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-02T09:48:00Z", "2026-12-02T09:48:00.1Z", "2026-12-02T09:48:00.123Z", "2024-02-29T23:59:59.999999999Z",
            "1970-01-01T00:00:00Z", "2026-12-02T09:48:00.123456Z", "2026-12-02T10:48:00+01:00", "2026-12-02T09:48Z", "2026-12-02T09:48:00.Z"})
    void readsWhatTheJdkReads(String text) {
        assertThat(IsoInstants.parse(text)).isEqualTo(OffsetDateTime.parse(text).toInstant());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30T09:48:00Z", "2026-12-02T24:00:00Z", "2026-12-02 09:48:00Z", "yesterday",
            "2026-12-02T09:48:00.1234567890Z", ""})
    void refusesWhatTheJdkRefuses(String text) {
        assertThatThrownBy(() -> IsoInstants.parse(text)).isInstanceOf(DateTimeParseException.class);
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 1_733_132_880_123L, -1, 4_102_444_800_000L})
    void readsBackWhatAnInstantWrites(long millis) {
        Instant instant = Instant.ofEpochMilli(millis).plusNanos(456);
        assertThat(IsoInstants.parse(instant.toString())).isEqualTo(instant);
    }
}
