package org.ponte.runtime;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.ponte.events.EncodedEvent;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Between {@link EncodedEvent} and Kafka's own records: CloudEvents headers as UTF-8 bytes, key, JSON value. */
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
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }
}
