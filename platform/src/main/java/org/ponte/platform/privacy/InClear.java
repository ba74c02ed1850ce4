package org.ponte.platform.privacy;

import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Collection;
import java.util.Optional;

/**
 * Personal data stored NOT sealed: the same code paths with the cryptography and the key vault taken out. It exists
 * for one purpose, the benchmark that measures what sealing costs ({@code ./ponte bench privacy} runs a second
 * case-service with {@code ponte.privacy.in-clear-for-benchmark=true} beside the sealed one, on a database of its own).
 * A service that holds real people must never run with it: their data would be readable by anyone with the disk.
 */
final class InClear {

    private InClear() {
    }

    static void warn() {
        LoggerFactory.getLogger(InClear.class).error("ponte.privacy.in-clear-for-benchmark is set: personal data is stored IN CLEAR. "
                + "This setting is for the privacy benchmark only; never run a service holding real people with it.");
    }

    /** "Sealing" that keeps the value as it is. */
    static PersonKeys personKeys() {
        return new PersonKeys(null, null, Clock.systemUTC()) {
            @Override
            public byte[] seal(String personId, String field, String value) {
                return value.getBytes(StandardCharsets.UTF_8);
            }

            @Override
            public Optional<String> open(String personId, String field, byte[] sealed) {
                return Optional.ofNullable(sealed).map(value -> new String(value, StandardCharsets.UTF_8));
            }

            @Override
            public void warm(Collection<String> personIds) {
            }

            @Override
            public void forget(String personId) {
            }

            @Override
            public boolean holds(String personId) {
                return true;
            }

            @Override
            public int rewrapAll() {
                return 0;
            }
        };
    }

    /** An index of the values themselves, as a store without sealing would keep one. */
    static BlindIndex blindIndex() {
        return new BlindIndex(null) {
            @Override
            public String of(String purpose, String value) {
                return purpose + ':' + value;
            }
        };
    }
}
