package org.ponte.benchmarks;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.ponte.events.EventCodec;
import org.ponte.events.EventEnvelope;
import org.ponte.events.Topics;
import org.ponte.events.cases.AttendanceRecorded;
import org.ponte.events.cases.BeneficiaryProfile;
import org.ponte.events.vocabulary.AgeBand;
import org.ponte.events.vocabulary.AttendanceChannel;
import org.ponte.events.vocabulary.InterventionArea;
import org.ponte.events.vocabulary.Sex;
import org.ponte.localstack.Api;
import org.ponte.localstack.Platform;
import org.ponte.localstack.StackConfig;
import org.ponte.events.KafkaEventRecords;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Replay: reporting-service rebuilding its read models from the topics ({@code POST /api/v1/admin/rebuild}),
 * beside a plain Kafka consumer reading the same topics from the beginning to the end in the same run; and the
 * figures after the rebuild compared with those the live projection built incrementally from the same events.
 * The events are a year of attendances of two offices, put on {@code case-events} as case-service would.
 */
final class ReplayBenchmark {

    record Settings(int events) {
    }

    record Result(Machine machine, int events, double producedPerSecond, double incrementalPerSecond, long recordsOnTopics,
                  double plainConsumerPerSecond, double rebuildPerSecond, double ratio, double storeBulkUpsertsPerSecond,
                  boolean figuresEqual, String difference) {
    }

    private static final List<String> OFFICES = List.of("lisboa", "porto");
    /** How long the live projection may stand still before the run gives up on it. */
    private static final Duration STALL = Duration.ofMinutes(2);
    /** About 3 in 16 of the facts (their ids are random UUIDs): the store scans all, but holds only these. */
    private static final Bson SAMPLE = Filters.lt("_id", "3");
    private static final String[] NATIONALITIES = {"BR", "CV", "AO", "IN", "NP", "UA", "GB", "CN"};

    private final Platform platform;
    private final StackConfig stack;
    private final Api api;
    private final Consumer<String> progress;

    ReplayBenchmark(Platform platform, Consumer<String> progress) {
        this.platform = platform;
        this.stack = platform.config();
        // The wire store has no secondary indexes, so a report over a year of facts scans them all and may take
        // longer than the usual 30 s a call may take.
        this.api = new Api(stack.issuer(), Duration.ofMinutes(5));
        this.progress = progress;
    }

    Result run(Settings settings) throws InterruptedException {
        long start = System.nanoTime();
        produce(settings.events());
        double produced = settings.events() / seconds(start);

        progress.accept("incremental: waiting for reporting-service's live projection to apply " + settings.events() + " events");
        long live = System.nanoTime();
        long handled = 0;
        long lastHandled = -1;
        long lastMove = System.nanoTime();
        while ((handled = ConsumerGroups.committed(platform.kafkaBootstrapServers(), "reporting-service", Topics.CASE_EVENTS)) < settings.events()) {
            if (handled != lastHandled) {
                lastHandled = handled;
                lastMove = System.nanoTime();
            } else if (System.nanoTime() - lastMove > STALL.toNanos()) {
                // A dead or wedged reporting-service would otherwise keep this run waiting for ever.
                throw new IllegalStateException("the live projection stopped at " + handled + " of " + settings.events()
                        + " events: no progress for " + STALL.toMinutes() + " minutes");
            }
            progress.accept("  handled " + handled + " of " + settings.events());
            Thread.sleep(2_000);
        }
        double incremental = settings.events() / seconds(live);
        String incrementalFigures = figures();

        progress.accept("anchor: a plain Kafka consumer reading " + ReadTopics.ALL + " from the beginning to the end");
        long plain = System.nanoTime();
        long records = readEverything();
        double plainRate = records / seconds(plain);

        progress.accept("rebuild: POST /api/v1/admin/rebuild");
        api.post(stack.url(stack.reportingPort()) + "/api/v1/admin/rebuild", "demo-admin", Map.of(), 202);
        JsonNode status;
        do {
            Thread.sleep(500);
            status = api.get(stack.url(stack.reportingPort()) + "/api/v1/admin/rebuild", "demo-admin");
            progress.accept("  " + status.get("state").asString() + " " + status.get("percent").asDouble() + " %");
        } while (status.get("state").asString().equals("RUNNING"));
        if (!status.get("state").asString().equals("DONE")) {
            throw new IllegalStateException("the rebuild ended " + status);
        }
        double rebuildSeconds = Duration.between(Instant.parse(status.get("startedAt").asString()),
                Instant.parse(status.get("finishedAt").asString())).toMillis() / 1000.0;
        double rebuildRate = status.get("eventsTotal").asLong() / rebuildSeconds;
        String rebuiltFigures = figures();
        boolean equal = rebuiltFigures.equals(incrementalFigures);
        double storeRate = bulkUpserts();
        return new Result(Machine.thisOne(), settings.events(), produced, incremental, records, plainRate, rebuildRate, rebuildRate / plainRate,
                storeRate, equal, equal ? "" : "incremental " + incrementalFigures + " / rebuilt " + rebuiltFigures);
    }

    /**
     * The store's side of the anchor: rebuilt attendance facts upserted again by id, in ordered bulks of 2000 as the
     * rebuild writes them, straight from the MongoDB driver into a collection of their own, the clock running only
     * while the store writes. No rebuild can be faster than this, whatever it does with Kafka. A sample of the
     * facts ({@link #SAMPLE}): the store holds a query's whole result in its heap, and a smaller collection only
     * makes its writes faster, so the sample overstates the ceiling, never understates it.
     */
    private double bulkUpserts() {
        progress.accept("store: about 3 in 16 of the facts upserted in bulks of 2000, straight to the store");
        try (MongoClient mongo = MongoClients.create("mongodb://localhost:" + stack.mongoPort())) {
            MongoCollection<Document> target = mongo.getDatabase("bench").getCollection("fact_upserts");
            List<UpdateOneModel<Document>> bulk = new ArrayList<>();
            long written = 0;
            long writing = 0;
            for (Document fact : mongo.getDatabase("reporting").getCollection("attendance_facts").find(SAMPLE).batchSize(2000)) {
                Document fields = new Document(fact);
                fields.remove("_id");
                bulk.add(new UpdateOneModel<>(Filters.eq("_id", fact.get("_id")), new Document("$set", fields), new UpdateOptions().upsert(true)));
                if (bulk.size() == 2000) {
                    long start = System.nanoTime();
                    target.bulkWrite(bulk);
                    writing += System.nanoTime() - start;
                    written += bulk.size();
                    bulk.clear();
                }
            }
            if (!bulk.isEmpty()) {
                long start = System.nanoTime();
                target.bulkWrite(bulk);
                writing += System.nanoTime() - start;
                written += bulk.size();
            }
            return written / (writing / 1e9);
        }
    }

    /** {@code count} AttendanceRecorded events spread over a year, 200 attendances a case, as case-service publishes them. */
    private void produce(int count) {
        progress.accept("producing " + count + " AttendanceRecorded events on " + Topics.CASE_EVENTS);
        EventCodec codec = new EventCodec();
        Random random = new Random(42);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                platform.kafkaBootstrapServers(), ProducerConfig.LINGER_MS_CONFIG, 20, ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024),
                new StringSerializer(), new ByteArraySerializer())) {
            String caseId = null;
            String beneficiaryId = null;
            for (int i = 0; i < count; i++) {
                if (i % 200 == 0) {
                    caseId = UUID.randomUUID().toString();
                    beneficiaryId = UUID.randomUUID().toString();
                }
                Instant occurredAt = now.minus(random.nextInt(365 * 24), ChronoUnit.HOURS);
                AttendanceRecorded attendance = new AttendanceRecorded(UUID.randomUUID().toString(), caseId, beneficiaryId,
                        OFFICES.get(i / 200 % 2), "technician-" + (i % 7), occurredAt, AttendanceChannel.values()[random.nextInt(3)],
                        List.of(InterventionArea.values()[random.nextInt(InterventionArea.values().length)]), 30, null,
                        new BeneficiaryProfile(NATIONALITIES[i / 200 % NATIONALITIES.length], i / 200 % 2 == 0 ? Sex.FEMALE : Sex.MALE,
                                AgeBand.values()[i / 200 % AgeBand.values().length]), occurredAt);
                producer.send(KafkaEventRecords.toProducerRecord(codec.encode(EventEnvelope.wrap(attendance, "case-service",
                        UUID.randomUUID().toString(), occurredAt))));
            }
            producer.flush();
        }
    }

    /** Every figure an administrator can read from the reports of each office, as text, to compare before and after. */
    private String figures() {
        String from = Instant.now().minus(Duration.ofDays(400)).toString().substring(0, 10);
        String reports = stack.url(stack.reportingPort()) + "/api/v1/reports/";
        StringBuilder figures = new StringBuilder();
        for (String office : OFFICES) {
            String query = "?officeId=" + office + "&from=" + from;
            figures.append(api.get(reports + "attendances/monthly" + query, "demo-admin")).append('\n')
                    .append(api.get(reports + "referrals/funnel" + query, "demo-admin")).append('\n')
                    .append(api.get(reports + "demographics" + query, "demo-admin")).append('\n');
        }
        return figures.toString();
    }

    /** The anchor: every record of the topics the rebuild reads, read and counted, nothing more. */
    private long readEverything() {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                platform.kafkaBootstrapServers(), ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false, ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2_000),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = ReadTopics.ALL.stream().flatMap(topic -> consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition()))).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long read = 0;
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, byte[]> ignored : consumer.poll(Duration.ofMillis(500))) {
                    read++;
                }
            }
            return read;
        }
    }

    /** The topics reporting-service's read models are built from. */
    private static final class ReadTopics {
        static final List<String> ALL = List.of(Topics.CASE_EVENTS, Topics.REFERRAL_EVENTS, Topics.NOTIFICATION_EVENTS);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
