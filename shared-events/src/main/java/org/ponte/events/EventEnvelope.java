package org.ponte.events;

import java.time.Instant;
import java.util.UUID;

import static org.ponte.events.Require.present;

/**
 * An event with the facts every consumer needs to handle it: a unique id (for idempotency), its type and
 * schema version, when it happened, the producing service, the aggregate it belongs to (the Kafka key) and
 * the correlation id of the request that caused it. On Kafka these travel as CloudEvents 1.0 headers in
 * binary mode ({@link CloudEventHeaders}); the body is the JSON of {@code data} alone.
 */
public record EventEnvelope<E extends PonteEvent>(
        UUID eventId,
        EventType type,
        Instant occurredAt,
        String source,
        String aggregateId,
        String correlationId,
        E data) {

    public EventEnvelope {
        present(eventId, "eventId");
        present(type, "type");
        present(occurredAt, "occurredAt");
        present(source, "source");
        present(aggregateId, "aggregateId");
        present(correlationId, "correlationId");
        present(data, "data");
        if (type.recordType() != data.getClass()) {
            throw new IllegalArgumentException(type + " does not carry " + data.getClass().getSimpleName());
        }
    }

    /** A new envelope with a fresh event id, for an event that just happened in {@code source}. */
    public static <E extends PonteEvent> EventEnvelope<E> wrap(E data, String source, String correlationId, Instant occurredAt) {
        return new EventEnvelope<>(UUID.randomUUID(), EventType.of(data), occurredAt, source, data.aggregateId(), correlationId, data);
    }

    public String topic() {
        return type.topic();
    }
}
