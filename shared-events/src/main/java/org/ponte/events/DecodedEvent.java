package org.ponte.events;

/**
 * What a consumer read from a record: an event it knows, or one of a type (or version) this build does not
 * know, which it skips and counts instead of failing: producers may be newer than consumers.
 */
public sealed interface DecodedEvent {

    record Known(EventEnvelope<? extends PonteEvent> envelope) implements DecodedEvent {
    }

    record Unknown(String type, String schemaVersion, String eventId) implements DecodedEvent {
    }
}
