package org.ponte.reporting.rebuild;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.ponte.events.DecodedEvent;
import org.ponte.events.EventEnvelope;
import org.ponte.events.KafkaEventRecords;
import org.ponte.events.PonteEvent;
import org.ponte.events.EventCodec;
import org.ponte.events.MalformedEventException;
import org.ponte.events.Topics;
import org.ponte.reporting.facts.ReportingProjection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Rebuilds every read model from the beginning of the event topics: empties the facts, then reads each topic
 * up to where it ended when the rebuild started, applying every event as the live consumers do. Events
 * published meanwhile are applied by the live consumers; since every fact is an idempotent upsert, the
 * result equals the incremental one.
 */
@Component
public class ReadModelRebuild {

    static final List<String> TOPICS = List.of(Topics.CASE_EVENTS, Topics.REFERRAL_EVENTS, Topics.NOTIFICATION_EVENTS,
            Topics.PROGRAMME_EVENTS);
    private static final Logger log = LoggerFactory.getLogger(ReadModelRebuild.class);

    public enum State { IDLE, RUNNING, DONE, FAILED }

    public record Status(State state, long eventsApplied, long eventsTotal, double percent, Instant startedAt, Instant finishedAt,
                         String error) {
    }

    private final ReportingProjection facts;
    private final KafkaProperties kafka;
    private final Clock clock;
    private final EventCodec codec = new EventCodec();
    private final AtomicLong applied = new AtomicLong();
    private final AtomicLong total = new AtomicLong();
    private volatile State state = State.IDLE;
    private volatile Instant startedAt;
    private volatile Instant finishedAt;
    private volatile String error;

    ReadModelRebuild(ReportingProjection facts, KafkaProperties kafka, Clock clock, MeterRegistry meters) {
        this.facts = facts;
        this.kafka = kafka;
        this.clock = clock;
        meters.gauge("ponte.reporting.rebuild.progress", this, rebuild -> rebuild.status().percent());
    }

    /** Starts a rebuild in the background, unless one is running; answers with the status either way. */
    public synchronized Status start() {
        if (state != State.RUNNING) {
            state = State.RUNNING;
            applied.set(0);
            total.set(0);
            startedAt = Instant.now(clock);
            finishedAt = null;
            error = null;
            Thread worker = new Thread(this::run, "read-model-rebuild");
            worker.setDaemon(true);
            worker.start();
        }
        return status();
    }

    public Status status() {
        long all = total.get();
        double percent = state == State.DONE ? 100.0 : all == 0 ? 0.0 : Math.floor(applied.get() * 1000.0 / all) / 10.0;
        return new Status(state, applied.get(), all, percent, startedAt, finishedAt, error);
    }

    private void run() {
        try {
            facts.clear();
            replay();
            state = State.DONE;
        } catch (RuntimeException e) {
            log.error("rebuild failed", e);
            error = e.getMessage();
            state = State.FAILED;
        } finally {
            finishedAt = Instant.now(clock);
        }
    }

    private void replay() {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, String.join(",", kafka.getBootstrapServers()));
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2_000);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : TOPICS) {
                for (PartitionInfo partition : consumer.partitionsFor(topic, Duration.ofSeconds(10))) {
                    partitions.add(new TopicPartition(topic, partition.partition()));
                }
            }
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Map<TopicPartition, Long> beginning = consumer.beginningOffsets(partitions);
            total.set(partitions.stream().mapToLong(p -> end.get(p) - beginning.get(p)).sum());
            consumer.seekToBeginning(partitions);
            List<TopicPartition> remaining = new ArrayList<>(partitions.stream().filter(p -> end.get(p) > beginning.get(p)).toList());
            while (!remaining.isEmpty()) {
                List<EventEnvelope<? extends PonteEvent>> batch = new ArrayList<>();
                long read = 0;
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() < end.get(partition)) {
                        decode(record, batch);
                        read++;
                    }
                }
                // One bulk write per poll, not a round trip per event: the rebuild is bound by the store.
                facts.applyAll(batch);
                applied.addAndGet(read);
                remaining.removeIf(p -> consumer.position(p) >= end.get(p));
            }
        }
    }

    private void decode(ConsumerRecord<String, byte[]> record, List<EventEnvelope<? extends PonteEvent>> batch) {
        try {
            if (codec.decode(KafkaEventRecords.headers(record), record.value()) instanceof DecodedEvent.Known known) {
                batch.add(known.envelope());
            }
        } catch (MalformedEventException poison) {
            log.warn("rebuild skips a malformed record at {}-{}@{}: {}", record.topic(), record.partition(), record.offset(), poison.getMessage());
        }
    }
}
