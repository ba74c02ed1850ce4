package org.ponte.testsupport;

import org.ponte.events.KafkaEventRecords;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.ponte.events.EventCodec;
import org.ponte.events.EventEnvelope;
import org.ponte.events.PonteEvent;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

/**
 * Publishes events as another service would (CloudEvents headers, JSON body, aggregate id as key), so a
 * service under test can be fed what it consumes. Each send waits for the broker's acknowledgement.
 */
public final class EventFeed implements AutoCloseable {

    /** The body of a poison message: not JSON at all. */
    public static final String POISON = "{not json";

    private final KafkaProducer<String, byte[]> producer;
    private final EventCodec codec = new EventCodec();
    private final String source;

    public EventFeed(TestInfrastructure infrastructure, String source) {
        this.source = source;
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers()),
                new StringSerializer(), new ByteArraySerializer());
    }

    public <E extends PonteEvent> EventEnvelope<E> send(E event) {
        return resend(EventEnvelope.wrap(event, source, "corr-" + UUID.randomUUID(), Instant.now().truncatedTo(ChronoUnit.MILLIS)));
    }

    /** Sends this very envelope (same event id) again, as a redelivery or a replay would. */
    public <E extends PonteEvent> EventEnvelope<E> resend(EventEnvelope<E> envelope) {
        send(KafkaEventRecords.toProducerRecord(codec.encode(envelope)));
        return envelope;
    }

    /**
     * Sends a poison message: {@code event}'s topic, key and CloudEvents headers with {@link #POISON} as its
     * body, so that no consumer can read it. Returns the envelope whose headers it carried.
     */
    public <E extends PonteEvent> EventEnvelope<E> sendPoison(E event) {
        EventEnvelope<E> envelope = EventEnvelope.wrap(event, source, "corr-" + UUID.randomUUID(), Instant.now().truncatedTo(ChronoUnit.MILLIS));
        ProducerRecord<String, byte[]> readable = KafkaEventRecords.toProducerRecord(codec.encode(envelope));
        send(new ProducerRecord<>(readable.topic(), null, readable.key(), POISON.getBytes(StandardCharsets.UTF_8), readable.headers()));
        return envelope;
    }

    /**
     * Sends {@code event} as if it were of another type, {@code wireName} (a type from a newer version of the
     * contracts, say), which a consumer that does not know it must skip.
     */
    public <E extends PonteEvent> EventEnvelope<E> sendAsType(E event, String wireName) {
        EventEnvelope<E> envelope = EventEnvelope.wrap(event, source, "corr-" + UUID.randomUUID(), Instant.now().truncatedTo(ChronoUnit.MILLIS));
        ProducerRecord<String, byte[]> record = KafkaEventRecords.toProducerRecord(codec.encode(envelope));
        record.headers().remove("ce_type").add(new RecordHeader("ce_type", wireName.getBytes(StandardCharsets.UTF_8)));
        send(record);
        return envelope;
    }

    private void send(ProducerRecord<String, byte[]> record) {
        try {
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the broker did not take the event", e.getCause());
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
