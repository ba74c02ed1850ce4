package org.ponte.events;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;
import org.ponte.events.cases.AttendanceRecorded;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

class KafkaEventRecordsTest {

    private final EventCodec codec = new EventCodec();
    private final EventEnvelope<AttendanceRecorded> envelope = EventEnvelope.wrap(
            codec.fromJson(EventSamples.json(EventType.ATTENDANCE_RECORDED).getBytes(StandardCharsets.UTF_8), AttendanceRecorded.class),
            "case-service", "corr-123", Instant.parse("2026-03-02T10:20:00.123Z"));

    @Test
    void anEventSentAndReceivedAsAKafkaRecordDecodesToTheSameEnvelope() {
        ProducerRecord<String, byte[]> sent = KafkaEventRecords.toProducerRecord(codec.encode(envelope));

        ConsumerRecord<String, byte[]> received = new ConsumerRecord<>(sent.topic(), 0, 42L, 0L, TimestampType.CREATE_TIME,
                0, 0, sent.key(), sent.value(), sent.headers(), Optional.empty());

        assertThat(sent.topic()).isEqualTo(Topics.CASE_EVENTS);
        assertThat(sent.key()).isEqualTo(envelope.data().caseId());
        assertThat(codec.decode(KafkaEventRecords.headers(received), received.value()))
                .asInstanceOf(type(DecodedEvent.Known.class)).extracting(DecodedEvent.Known::envelope).isEqualTo(envelope);
    }

    @Test
    void aRepeatedHeaderCountsByItsLastValueAsKafkaDoes() {
        RecordHeaders headers = new RecordHeaders();
        headers.add(new RecordHeader("ce_type", "first".getBytes(StandardCharsets.UTF_8)));
        headers.add(new RecordHeader("ce_type", "last".getBytes(StandardCharsets.UTF_8)));
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>("t", 0, 0L, 0L, TimestampType.CREATE_TIME,
                0, 0, "k", new byte[0], headers, Optional.empty());

        assertThat(KafkaEventRecords.headers(record)).containsExactly(Map.entry("ce_type", "last"));
    }

    @Test
    void binderHeadersReadRawValuesAsUtf8AndTheBindersOwnAsText() {
        Map<String, Object> binderHeaders = new LinkedHashMap<>();
        binderHeaders.put("ce_source", "case-service".getBytes(StandardCharsets.UTF_8));
        binderHeaders.put("ce_subject", "pessoa-ç".getBytes(StandardCharsets.UTF_8));
        binderHeaders.put("kafka_offset", 42L);
        binderHeaders.put("nothing", null);

        assertThat(KafkaEventRecords.headers(binderHeaders)).containsExactly(
                Map.entry("ce_source", "case-service"), Map.entry("ce_subject", "pessoa-ç"), Map.entry("kafka_offset", "42"));
    }
}
