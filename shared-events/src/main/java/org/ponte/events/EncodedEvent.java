package org.ponte.events;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An event as a Kafka record: topic, key (the aggregate id), CloudEvents headers (UTF-8 text values) and the
 * JSON body. Plain data, so that any Kafka client (the outbox relay, a test consumer, kcat) can carry it.
 */
public record EncodedEvent(String topic, String key, Map<String, String> headers, byte[] body) {

    public EncodedEvent {
        headers = Map.copyOf(headers);
    }

    /** The headers as Kafka carries them: UTF-8 bytes. */
    public Map<String, byte[]> headerBytes() {
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        headers.forEach((name, value) -> bytes.put(name, value.getBytes(StandardCharsets.UTF_8)));
        return bytes;
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
