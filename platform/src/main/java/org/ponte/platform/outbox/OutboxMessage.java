package org.ponte.platform.outbox;

import java.time.Instant;
import java.util.Map;

/**
 * An event waiting in its aggregate's document to be sent to Kafka, already in its wire form: topic, key,
 * CloudEvents headers and JSON body. Stored with the state change that caused it, in the same write.
 */
public record OutboxMessage(
        String eventId,
        String type,
        String topic,
        String key,
        Map<String, String> headers,
        String body,
        Instant occurredAt) {
}
