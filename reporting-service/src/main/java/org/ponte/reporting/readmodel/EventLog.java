package org.ponte.reporting.readmodel;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.ponte.events.CloudEventHeaders;
import org.ponte.events.DecodedEvent;
import org.ponte.events.EventCodec;
import org.ponte.events.EventEnvelope;
import org.ponte.events.EventType;
import org.ponte.events.KafkaEventRecords;
import org.ponte.events.PonteEvent;
import org.ponte.events.Topics;
import org.ponte.events.cases.AttendanceRecorded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import org.ponte.platform.messaging.ReliableProducer;
import org.ponte.platform.tracing.EventTracing;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.stereotype.Component;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Builds the {@link ReadModel} from the event topics and keeps it current: one thread, one consumer assigned every
 * partition of {@code case-events}, {@code referral-events} and {@code programme-events} (no consumer group, so every
 * instance of reporting-service holds the whole read side, as a Kafka Streams global table would), read from the
 * beginning at every start and applied a poll at a time. Ready once it has applied what the topics held when it
 * started.
 * <p>
 * A rebuild starts a new model in place of the current one (one model in memory, never two) and applies the topics
 * from the beginning; until it has caught up with where they ended when it started, reports count what it has
 * applied so far and the instance is out of the readiness rotation, so that a load balancer sends readers to the
 * others. The thread then carries on with it.
 * A record that is not a Ponte event is dead-lettered to {@code <topic>.reporting-service.dlq} once (remembered in
 * {@code dead_lettered}, since every start reads it again) and passed over; a type this build does not know is
 * skipped and counted.
 */
@Component
public class EventLog implements SmartLifecycle, HealthIndicator {

    static final String CONSUMER = "reporting-service";
    static final List<String> TOPICS = List.of(Topics.CASE_EVENTS, Topics.REFERRAL_EVENTS, Topics.PROGRAMME_EVENTS);
    private static final String DEAD_LETTERED = "dead_lettered";
    private static final String POSITIONS = "read_model_positions";
    private static final Logger log = LoggerFactory.getLogger(EventLog.class);

    private final String bootstrapServers;
    private final EventCodec codec;
    private final KafkaTemplate<String, byte[]> deadLetters;
    private final KafkaAdmin admin;
    /** The dead-letter topics this instance made sure of. */
    private final java.util.Set<String> deadLetterTopics = ConcurrentHashMap.newKeySet();
    private final MongoOperations mongo;
    private final MeterRegistry meters;
    private final Clock clock;
    private final Map<EventType, Counter> applied = new java.util.EnumMap<>(EventType.class);
    private final String instance = UUID.randomUUID().toString();
    private final AtomicLong newestApplied = new AtomicLong();
    private final Timer freshness;

    private volatile ReadModel current = new ReadModel();
    private volatile boolean caughtUp;
    private volatile boolean failed;
    private volatile boolean rebuilding;
    private volatile boolean running;
    private Thread thread;
    private KafkaConsumer<String, byte[]> consumer;
    private final AtomicReference<Rebuild> rebuild = new AtomicReference<>();
    private final EventTracing tracing;

    /** A live event that carries the trace of the change that caused it: its application becomes a span of that trace. */
    private record Traced(Map<String, String> headers, String name, Instant occurredAt) {
    }

    /** A rebuild's progress: RUNNING until the new model has applied {@code eventsTotal}, then DONE. */
    public record Rebuild(String state, long eventsApplied, long eventsTotal, Instant startedAt, Instant finishedAt) {

        public int percent() {
            return eventsTotal == 0 ? 100 : (int) Math.min(100, eventsApplied * 100 / eventsTotal);
        }
    }

    EventLog(KafkaProperties kafka, KafkaAdmin admin, MongoOperations mongo, MeterRegistry meters, Clock clock, EventTracing tracing) {
        this.tracing = tracing;
        this.bootstrapServers = String.join(",", kafka.getBootstrapServers());
        this.codec = new EventCodec();
        this.deadLetters = ReliableProducer.template(kafka, "reporting-service-dead-letters", Duration.ofSeconds(10));
        this.admin = admin;
        this.mongo = mongo;
        this.meters = meters;
        this.clock = clock;
        meters.gauge("ponte.reporting.projection.lag.seconds", newestApplied,
                newest -> newest.get() == 0 ? 0 : Math.max(0, clock.millis() - newest.get()) / 1000.0);
        meters.gauge("ponte.reporting.rebuild.progress", rebuild, now -> now.get() == null ? 0 : now.get().percent());
        this.freshness = Timer.builder("ponte.reporting.freshness")
                .description("From an attendance's event to its place in the read model, for attendances no instance had applied before")
                .serviceLevelObjectives(Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofMillis(750),
                        Duration.ofMillis(900), Duration.ofSeconds(1), Duration.ofMillis(1500), Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10))
                .register(meters);
    }

    /** The model the reports read. */
    public ReadModel model() {
        return current;
    }

    public Rebuild rebuildStatus() {
        return rebuild.get();
    }

    /** Starts a rebuild unless one is running; the new model replaces the current one when it has caught up. */
    public Rebuild startRebuild() {
        Rebuild started = new Rebuild("REQUESTED", 0, 0, Instant.now(clock), null);
        // Not woken: the loop sees the request at its next poll, within 200 ms.
        return rebuild.updateAndGet(was -> was != null && (was.state().equals("RUNNING") || was.state().equals("REQUESTED")) ? was : started);
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::run, "read-model");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        if (consumer != null) {
            consumer.wakeup();
        }
        try {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public Health health() {
        Health.Builder health = failed ? Health.down() : caughtUp && !rebuilding ? Health.up() : Health.outOfService();
        return health.withDetail("caughtUp", caughtUp).withDetail("rebuilding", rebuilding).withDetails(current.read(ReadModel::size)).build();
    }

    private void run() {
        Properties settings = new Properties();
        settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // Fetches larger than Kafka's defaults, for a rebuild, but no larger: a fetch's buffer and a poll's records that
        // outlive a young collection are promoted into the old generation the model fills (32 MiB fetches of 5000
        // records made a national rebuild run a full collection every two seconds).
        settings.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        settings.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 8 * 1024 * 1024);
        settings.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 2 * 1024 * 1024);
        settings.put(ConsumerConfig.CLIENT_ID_CONFIG, "reporting-service-read-model");
        try (KafkaConsumer<String, byte[]> kafka = new KafkaConsumer<>(settings, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer = kafka;
            List<TopicPartition> partitions = partitions(kafka);
            if (partitions.isEmpty()) {
                return;
            }
            kafka.assign(partitions);
            kafka.seekToBeginning(partitions);
            Map<TopicPartition, Long> startedAt = kafka.endOffsets(partitions);
            Map<String, Long> alreadyApplied = appliedBefore(startedAt);
            long savedAt = 0;
            Map<TopicPartition, Long> rebuildEnd = null;
            long rebuildApplied = 0;
            long rebuildTotal = 0;
            while (running) {
                try {
                    Rebuild requested = rebuild.get();
                    if (requested != null && requested.state().equals("REQUESTED")) {
                        // In place: one model in memory, never two. The instance leaves the readiness rotation meanwhile.
                        current = new ReadModel();
                        rebuilding = true;
                        kafka.seekToBeginning(partitions);
                        rebuildEnd = kafka.endOffsets(partitions);
                        Map<TopicPartition, Long> beginning = kafka.beginningOffsets(partitions);
                        rebuildTotal = rebuildEnd.entrySet().stream().mapToLong(end -> end.getValue() - beginning.get(end.getKey())).sum();
                        rebuildApplied = 0;
                        rebuild.set(new Rebuild("RUNNING", 0, rebuildTotal, requested.startedAt(), null));
                        log.info("rebuilding the read model from {} records", rebuildTotal);
                    }
                    ConsumerRecords<String, byte[]> records = kafka.poll(Duration.ofMillis(200));
                    ReadModel target = current;
                    List<EventEnvelope<? extends PonteEvent>> events = new ArrayList<>(records.count());
                    List<EventEnvelope<? extends PonteEvent>> fresh = new ArrayList<>();
                    List<Traced> traced = new ArrayList<>();
                    decode(records, target, rebuilding ? null : alreadyApplied, events, fresh, traced);
                    Instant applying = clock.instant();
                    target.applyAll(events);
                    Instant applied = clock.instant();
                    traced.forEach(event -> tracing.record(event.headers(), event.name(), event.occurredAt(), applying, applied));
                    appliedAll(events, fresh);
                    if (clock.millis() - savedAt > 1000) {
                        savePositions(kafka, partitions);
                        savedAt = clock.millis();
                    }
                    if (rebuilding) {
                        rebuildApplied += records.count();
                        if (reached(kafka, rebuildEnd)) {
                            rebuilding = false;
                            rebuild.set(new Rebuild("DONE", rebuildApplied, rebuildTotal, rebuild.get().startedAt(), Instant.now(clock)));
                            log.info("read model rebuilt from {} records: {}", rebuildApplied, current.read(ReadModel::size));
                        } else {
                            rebuild.set(new Rebuild("RUNNING", rebuildApplied, rebuildTotal, rebuild.get().startedAt(), null));
                        }
                    }
                    if (!caughtUp && reached(kafka, startedAt)) {
                        caughtUp = true;
                        log.info("read model caught up: {}", current.read(ReadModel::size));
                    }
                } catch (WakeupException stopping) {
                    // stop() wakes whichever call the loop is in; the loop's condition then ends it.
                }
            }
        } catch (WakeupException stopped) {
            // stop() came while the topics were being looked up
        } catch (RuntimeException | Error failure) {
            // The reports would go stale without a word: health says DOWN, so that the instance is replaced.
            failed = true;
            log.error("the read model stopped", failure);
            Rebuild was = rebuild.get();
            if (was != null && !was.state().equals("DONE")) {
                rebuild.set(new Rebuild("FAILED", was.eventsApplied(), was.eventsTotal(), was.startedAt(), Instant.now(clock)));
            }
        }
    }

    /** Every partition of the topics, waiting for a topic not created yet (the platform creates them at its start). */
    private List<TopicPartition> partitions(KafkaConsumer<String, byte[]> kafka) {
        while (running) {
            List<TopicPartition> partitions = new ArrayList<>();
            boolean all = true;
            for (String topic : TOPICS) {
                List<PartitionInfo> infos = kafka.partitionsFor(topic);
                if (infos == null || infos.isEmpty()) {
                    all = false;
                } else {
                    infos.forEach(info -> partitions.add(new TopicPartition(info.topic(), info.partition())));
                }
            }
            if (all) {
                return partitions;
            }
            log.info("waiting for the topics {} to exist", TOPICS);
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return List.of();
            }
        }
        return List.of();
    }

    private static boolean reached(KafkaConsumer<String, byte[]> kafka, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(end -> kafka.position(end.getKey()) >= end.getValue());
    }

    /**
     * The poll's events that change a figure into {@code events}; the rest are passed over, unknown types counted,
     * poison dead-lettered. Attendances no instance had applied before ({@code appliedBefore}; none while
     * rebuilding) also go to {@code fresh}, whose freshness is recorded: an attendance that came while every instance
     * was down counts with the wait, one applied again at a restart does not count twice.
     */
    private void decode(ConsumerRecords<String, byte[]> records, ReadModel target, Map<String, Long> appliedBefore,
                        List<EventEnvelope<? extends PonteEvent>> events, List<EventEnvelope<? extends PonteEvent>> fresh, List<Traced> traced) {
        List<ConsumerRecord<String, byte[]>> polled = new ArrayList<>(records.count());
        records.forEach(polled::add);
        Map<ConsumerRecord<String, byte[]>, RuntimeException> poisoned = new java.util.LinkedHashMap<>();
        // JSON is most of a record's cost, and decoding one touches nothing shared: the poll is decoded on every core,
        // in order, and applied on this thread.
        List<Object> decodedAll = polled.size() < 64 ? polled.stream().map(this::decodeOrFailure).toList()
                : polled.parallelStream().map(this::decodeOrFailure).toList();
        for (int i = 0; i < polled.size(); i++) {
            ConsumerRecord<String, byte[]> record = polled.get(i);
            if (decodedAll.get(i) instanceof RuntimeException poison) {
                if (appliedBefore != null) {
                    poisoned.put(record, poison);
                }
                continue;
            }
            DecodedEvent decoded = (DecodedEvent) decodedAll.get(i);
            if (decoded instanceof DecodedEvent.Unknown unknown) {
                meters.counter("ponte.events.skipped", "consumer", CONSUMER, "type", unknown.type()).increment();
            } else {
                EventEnvelope<? extends PonteEvent> event = ((DecodedEvent.Known) decoded).envelope();
                if (target.counts(event.data().getClass())) {
                    events.add(event);
                    if (appliedBefore != null && record.headers().lastHeader(CloudEventHeaders.TRACE_CONTEXT_PREFIX + "traceparent") != null) {
                        traced.add(new Traced(KafkaEventRecords.headers(record), "reporting-service " + event.type().simpleName(), event.occurredAt()));
                    }
                    if (appliedBefore != null && event.data() instanceof AttendanceRecorded
                            && record.offset() >= appliedBefore.getOrDefault(record.topic() + "-" + record.partition(), 0L)) {
                        fresh.add(event);
                    }
                }
            }
        }
        if (!poisoned.isEmpty()) {
            deadLetter(poisoned);
        }
    }

    /** The record decoded, or what made it undecodable. */
    private Object decodeOrFailure(ConsumerRecord<String, byte[]> record) {
        try {
            return codec.decode(KafkaEventRecords.headers(record), record.value());
        } catch (RuntimeException poison) {
            return poison;
        }
    }

    private void appliedAll(List<EventEnvelope<? extends PonteEvent>> events, List<EventEnvelope<? extends PonteEvent>> fresh) {
        long now = clock.millis();
        int[] byType = new int[EventType.values().length];
        long newest = 0;
        for (EventEnvelope<? extends PonteEvent> event : events) {
            byType[event.type().ordinal()]++;
            newest = Math.max(newest, event.occurredAt().toEpochMilli());
        }
        for (EventType type : EventType.values()) {
            if (byType[type.ordinal()] > 0) {
                applied.computeIfAbsent(type, t -> meters.counter("ponte.reporting.events.applied", "type", t.simpleName()))
                        .increment(byType[type.ordinal()]);
            }
        }
        newestApplied.accumulateAndGet(newest, Math::max);
        fresh.forEach(event -> freshness.record(Math.max(0, now - event.occurredAt().toEpochMilli()), TimeUnit.MILLISECONDS));
    }

    /**
     * How far any instance had applied each partition, from what each saved ({@code read_model_positions}); on the
     * first start of all, where the topics ended then: what came before is history, not news.
     */
    private Map<String, Long> appliedBefore(Map<TopicPartition, Long> endsNow) {
        Map<String, Long> before = new HashMap<>();
        for (Document saved : mongo.findAll(Document.class, POSITIONS)) {
            saved.get("positions", new Document()).forEach((partition, position) ->
                    before.merge(partition, ((Number) position).longValue(), Math::max));
        }
        if (before.isEmpty()) {
            endsNow.forEach((partition, end) -> before.put(partition.topic() + "-" + partition.partition(), end));
        }
        mongo.remove(org.springframework.data.mongodb.core.query.Query.query(org.springframework.data.mongodb.core.query.Criteria.where("at")
                .lt(Instant.now(clock).minus(Duration.ofDays(1)))), POSITIONS);
        return before;
    }

    private void savePositions(KafkaConsumer<String, byte[]> kafka, List<TopicPartition> partitions) {
        Document positions = new Document();
        partitions.forEach(partition -> positions.append(partition.topic() + "-" + partition.partition(), kafka.position(partition)));
        mongo.save(new Document("_id", instance).append("positions", positions).append("at", Instant.now(clock)), POSITIONS);
    }

    /**
     * Sends a poll's records that are not Ponte events to the dead-letter topics, each once: every start reads them
     * again, so where each went is remembered by its topic, partition and offset. Sent together and waited for
     * together (a burst of poison costs the poll one round trip, not one each), again until the broker takes them;
     * nothing is lost.
     */
    private void deadLetter(Map<ConsumerRecord<String, byte[]>, RuntimeException> poisoned) {
        Map<String, ConsumerRecord<String, byte[]>> byPlace = new java.util.LinkedHashMap<>();
        poisoned.keySet().forEach(record -> byPlace.put(record.topic() + "-" + record.partition() + "-" + record.offset(), record));
        mongo.find(org.springframework.data.mongodb.core.query.Query.query(
                        org.springframework.data.mongodb.core.query.Criteria.where("_id").in(byPlace.keySet())), Document.class, DEAD_LETTERED)
                .forEach(sent -> byPlace.remove(sent.getString("_id")));
        while (running && !byPlace.isEmpty()) {
            Map<String, java.util.concurrent.CompletableFuture<?>> sending = new java.util.LinkedHashMap<>();
            byPlace.forEach((where, record) -> sending.put(where, deadLetters.send(letter(record, poisoned.get(record)))));
            for (Map.Entry<String, java.util.concurrent.CompletableFuture<?>> sent : sending.entrySet()) {
                try {
                    sent.getValue().get(10, TimeUnit.SECONDS);
                    byPlace.remove(sent.getKey());
                    try {
                        mongo.insert(new Document("_id", sent.getKey()).append("at", Instant.now(clock)), DEAD_LETTERED);
                    } catch (DuplicateKeyException another) {
                        // Another instance sent it too; a second copy in the dead-letter topic loses nothing.
                    }
                    meters.counter("ponte.events.dead.lettered", "consumer", CONSUMER).increment();
                } catch (Exception refused) {
                    log.warn("dead letter {} not yet stored, sending again: {}", sent.getKey(), refused.toString());
                }
            }
        }
    }

    private ProducerRecord<String, byte[]> letter(ConsumerRecord<String, byte[]> record, RuntimeException poison) {
        log.warn("dead-lettering {}-{}-{} (key {}): {}", record.topic(), record.partition(), record.offset(), record.key(), poison.getMessage());
        String topic = Topics.deadLetter(record.topic(), CONSUMER);
        if (deadLetterTopics.add(topic)) {
            admin.createOrModifyTopics(new NewTopic(topic, Optional.of(1), Optional.empty()));
        }
        ProducerRecord<String, byte[]> letter = new ProducerRecord<>(topic, null, record.key(), record.value(), record.headers());
        // Where it came from, under the headers Spring Kafka's dead letters carry, as the other consumers' do.
        letter.headers().add(KafkaHeaders.DLT_ORIGINAL_TOPIC, record.topic().getBytes(StandardCharsets.UTF_8));
        letter.headers().add(KafkaHeaders.DLT_ORIGINAL_PARTITION, ByteBuffer.allocate(Integer.BYTES).putInt(record.partition()).array());
        letter.headers().add(KafkaHeaders.DLT_ORIGINAL_OFFSET, ByteBuffer.allocate(Long.BYTES).putLong(record.offset()).array());
        letter.headers().add(KafkaHeaders.DLT_EXCEPTION_MESSAGE, String.valueOf(poison.getMessage()).getBytes(StandardCharsets.UTF_8));
        letter.headers().add("x-error", String.valueOf(poison.getMessage()).getBytes(StandardCharsets.UTF_8));
        return letter;
    }
}
