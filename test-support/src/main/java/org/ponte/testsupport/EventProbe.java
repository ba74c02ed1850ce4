package org.ponte.testsupport;

import org.ponte.events.KafkaEventRecords;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.ponte.events.DecodedEvent;
import org.ponte.events.EventCodec;
import org.ponte.events.EventEnvelope;
import org.ponte.events.MalformedEventException;
import org.ponte.events.PonteEvent;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

/**
 * Reads topics from their beginning, as another service would, so a test can assert on the events a
 * service really published. Polls only while a test waits (Awaitility), so it needs no thread of its own.
 * <pre>{@code
 * try (EventProbe probe = new EventProbe(infrastructure, Topics.CASE_EVENTS)) {
 *     EventEnvelope<CaseOpened> opened = probe.await(CaseOpened.class, e -> e.caseId().equals(id));
 * }
 * }</pre>
 */
public final class EventProbe implements AutoCloseable {

    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);

    private final KafkaConsumer<String, byte[]> consumer;
    private final EventCodec codec = new EventCodec();
    private final List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();

    public EventProbe(TestInfrastructure infrastructure, String... topics) {
        this(infrastructure.kafkaBootstrapServers(), topics);
    }

    /** On a broker of the test's own, such as one it stops and starts again. */
    public EventProbe(String bootstrapServers, String... topics) {
        this.consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "event-probe-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(topics));
    }

    /** Waits for the first event of the type that matches, and returns it with its envelope. */
    public <E extends PonteEvent> EventEnvelope<E> await(Class<E> type, Predicate<E> matching) {
        AtomicReference<EventEnvelope<E>> found = new AtomicReference<>();
        Awaitility.await("an event " + type.getSimpleName())
                .atMost(DEFAULT_TIMEOUT)
                .pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    poll();
                    find(type, matching).ifPresent(found::set);
                    return found.get() != null;
                });
        return found.get();
    }

    /** Waits for the first raw record that matches: for poison messages, dead-letter topics and header checks. */
    public ConsumerRecord<String, byte[]> awaitRecord(Predicate<ConsumerRecord<String, byte[]>> matching) {
        AtomicReference<ConsumerRecord<String, byte[]>> found = new AtomicReference<>();
        Awaitility.await("a matching record").atMost(DEFAULT_TIMEOUT).pollInterval(Duration.ofMillis(50)).until(() -> {
            poll();
            records.stream().filter(matching).findFirst().ifPresent(found::set);
            return found.get() != null;
        });
        return found.get();
    }

    /** Every record read so far, in the order read. */
    public List<ConsumerRecord<String, byte[]>> records() {
        poll();
        return List.copyOf(records);
    }

    /** Every event read so far that this build knows, decoded. */
    public List<EventEnvelope<? extends PonteEvent>> events() {
        poll();
        List<EventEnvelope<? extends PonteEvent>> events = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            decode(record).ifPresent(events::add);
        }
        return events;
    }

    @SuppressWarnings("unchecked")
    private <E extends PonteEvent> Optional<EventEnvelope<E>> find(Class<E> type, Predicate<E> matching) {
        for (ConsumerRecord<String, byte[]> record : records) {
            Optional<EventEnvelope<? extends PonteEvent>> event = decode(record);
            if (event.isPresent() && type.isInstance(event.get().data()) && matching.test(type.cast(event.get().data()))) {
                return Optional.of((EventEnvelope<E>) event.get());
            }
        }
        return Optional.empty();
    }

    private Optional<EventEnvelope<? extends PonteEvent>> decode(ConsumerRecord<String, byte[]> record) {
        try {
            return codec.decode(KafkaEventRecords.headers(record), record.value()) instanceof DecodedEvent.Known known
                    ? Optional.of(known.envelope())
                    : Optional.empty();
        } catch (MalformedEventException e) {
            return Optional.empty();
        }
    }

    private void poll() {
        consumer.poll(Duration.ofMillis(100)).forEach(records::add);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
