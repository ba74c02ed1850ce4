package org.ponte.events;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one mapping between an {@link EncodedEvent} and Kafka: CloudEvents attributes as UTF-8 headers, the
 * aggregate id as key, the JSON body as value. The outbox relay, the consumers, the rebuild and the tests all
 * go through it.
 */
public final class KafkaEventRecords {

    private KafkaEventRecords() {
    }

    public static ProducerRecord<String, byte[]> toProducerRecord(EncodedEvent event) {
        List<Header> headers = event.headerBytes().entrySet().stream()
                .<Header>map(header -> new RecordHeader(header.getKey(), header.getValue()))
                .toList();
        return new ProducerRecord<>(event.topic(), null, event.key(), event.body(), headers);
    }

    /** The record's headers as text; where a header repeats, the last value counts, as Kafka's lastHeader does. */
    public static Map<String, String> headers(ConsumerRecord<?, ?> record) {
        Map<String, String> headers = new HashMap<>(16);
        for (Header header : record.headers()) {
            if (header.value() != null) {
                headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
            }
        }
        return headers;
    }

    /**
     * Headers as a Kafka binder hands them over (Spring's message headers: raw values as bytes, its own as
     * objects), as text.
     */
    public static Map<String, String> headers(Map<String, ?> binderHeaders) {
        Map<String, String> headers = new LinkedHashMap<>();
        binderHeaders.forEach((name, value) -> {
            if (value instanceof byte[] bytes) {
                headers.put(name, new String(bytes, StandardCharsets.UTF_8));
            } else if (value != null) {
                headers.put(name, value.toString());
            }
        });
        return headers;
    }
}
