package org.ponte.benchmarks;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.HdrHistogram.Histogram;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
import org.bson.types.ObjectId;
import org.ponte.localstack.Api;
import org.ponte.localstack.Platform;
import org.ponte.localstack.StackConfig;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Ingest: how many attendances a second case-service takes end to end (token check, validation, the case and
 * the attendance stored with its event, the relay to Kafka), beside the raw single-document insert rate of the
 * same store with documents of the same size, measured in the same run with the same number of clients; and
 * the latency of attendances arriving at a constant rate (open loop).
 */
final class IngestBenchmark {

    /** How hard and how long. */
    record Settings(int cases, int clients, Duration warmUp, Duration anchor, Duration throughput, int rate, Duration latency) {

        static Settings full() {
            return new Settings(200, 16, Duration.ofSeconds(20), Duration.ofSeconds(20), Duration.ofSeconds(30), 500, Duration.ofSeconds(60));
        }

        static Settings smoke() {
            return new Settings(4, 2, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(2), 20, Duration.ofSeconds(2));
        }
    }

    /** The figures, each beside its anchor. */
    record Result(Machine machine, Settings settings, int documentBytes, double rawInsertsPerSecond, double refusedPerSecond,
                  double attendancesPerSecond,
                  long attendancesStored, double relayedWithinSeconds, double ratio, int rate, double achievedRate, long sent,
                  long failed, Map<String, Long> failures, double p50Ms, double p90Ms, double p99Ms, double p999Ms, double maxMs,
                  Freshness freshness, RelayLatency relay, double projectionCatchUpPerSecond, List<PartFigures> parts) {
    }

    /**
     * One part of the platform: how long it took to answer after its launch with all parts launched at once, and
     * alone (restarted after the runs while the others idle: a service's own start-up); its memory.
     */
    record PartFigures(String name, double readySeconds, double readyAloneSeconds, double idleMiB, double afterRunsMiB) {
    }

    private static final String TECHNICIAN = "demo-technician-lisboa";

    private final Platform platform;
    private final StackConfig stack;
    private final Api api;
    private final HttpClient http;
    private final Consumer<String> progress;

    IngestBenchmark(Platform platform, Consumer<String> progress) {
        this.platform = platform;
        this.stack = platform.config();
        this.api = new Api(stack.issuer());
        this.progress = progress;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(4)).build();
    }

    Result run(Settings settings) throws Exception {
        List<Platform.Part> idle = platform.parts();
        List<String> cases = openCases(settings.cases());
        String token = api.token(TECHNICIAN);

        progress.accept("warming up for " + settings.warmUp().toSeconds() + " s");
        closedLoop(settings.clients(), settings.warmUp(), cases, token);
        awaitRelayed();

        int documentBytes;
        double rawRate;
        try (MongoClient mongo = MongoClients.create("mongodb://localhost:" + stack.mongoPort())) {
            Document attendance = mongo.getDatabase("cases").getCollection("attendances").find().first();
            documentBytes = new RawBsonDocument(attendance, new DocumentCodec()).getByteBuffer().remaining();
            progress.accept("anchor: single-document inserts of " + documentBytes + " bytes, " + settings.clients() + " clients, "
                    + settings.anchor().toSeconds() + " s");
            rawRate = rawInserts(mongo.getDatabase("bench").getCollection("raw_inserts"), attendance, settings.clients(), settings.anchor());
        }

        // The ceiling: what case-service answers when it stores nothing at all. An attendance refused by validation
        // (no areas) still costs the token check, the JSON and the problem answer; if even this stays below half the
        // raw insert rate, the ingest target is out of reach whatever the storing costs.
        progress.accept("ceiling: attendances refused before anything is stored (400), " + settings.clients() + " clients, "
                + settings.anchor().toSeconds() + " s");
        long ceilingStart = System.nanoTime();
        long refused = closedLoop(settings.clients(), settings.anchor(), caseId -> refusedAttendance(caseId, token), cases, 400);
        double ceiling = refused / ((System.nanoTime() - ceilingStart) / 1e9);

        progress.accept("ingest: attendances with " + settings.clients() + " clients for " + settings.throughput().toSeconds() + " s");
        long start = System.nanoTime();
        long stored = closedLoop(settings.clients(), settings.throughput(), cases, token);
        long answeredBy = System.nanoTime();
        awaitRelayed();
        long relayedBy = System.nanoTime();
        double attendancesPerSecond = stored / ((relayedBy - start) / 1e9);

        double projectionRate = awaitProjected();

        progress.accept("latency: " + settings.rate() + " attendances/s for " + settings.latency().toSeconds() + " s");
        Map<Double, Double> relayedBefore = RelayLatency.buckets(caseServiceMetrics());
        Freshness.Probe fresh = Freshness.start(platform, api);
        OpenLoop.Outcome open = OpenLoop.run(http, settings.rate(), settings.latency(), 201,
                i -> attendance(cases.get(i % cases.size()), token), line -> progress.accept("  " + line));
        Histogram latency = open.latencyMicros();
        Freshness freshness = fresh.measure(open.answered(), progress);
        RelayLatency relay = RelayLatency.between(relayedBefore, RelayLatency.buckets(caseServiceMetrics()));
        Map<String, Platform.Part> after = new HashMap<>();
        platform.parts().forEach(part -> after.put(part.name(), part));
        Map<String, Double> alone = new HashMap<>();
        for (String service : Faults.SERVICES) {
            progress.accept("start-up alone: " + service);
            platform.stop(service);
            alone.put(service, platform.restart(service).toMillis() / 1000.0);
        }
        List<PartFigures> parts = idle.stream().map(part -> new PartFigures(part.name(),
                part.readyAfter() == null ? -1 : part.readyAfter().toMillis() / 1000.0, alone.getOrDefault(part.name(), -1.0),
                mib(part.residentBytes()), mib(after.get(part.name()).residentBytes()))).toList();
        return new Result(Machine.thisOne(), settings, documentBytes, rawRate, ceiling, attendancesPerSecond, stored,
                (relayedBy - answeredBy) / 1e9, attendancesPerSecond / rawRate, settings.rate(), open.achievedRate(), open.sent(),
                open.failed(), open.failures(), ms(latency.getValueAtPercentile(50)), ms(latency.getValueAtPercentile(90)),
                ms(latency.getValueAtPercentile(99)), ms(latency.getValueAtPercentile(99.9)), ms(latency.getMaxValue()), freshness, relay, projectionRate, parts);
    }

    /**
     * Waits until reporting-service has applied every attendance stored so far, so that the freshness of the
     * open loop is its own and not the backlog of the phases before; returns the rate at which the projection
     * worked that backlog off (events a second), or 0 if there was none.
     */
    private double awaitProjected() throws InterruptedException {
        try (MongoClient mongo = MongoClients.create("mongodb://localhost:" + stack.mongoPort())) {
            long stored = mongo.getDatabase("cases").getCollection("attendances").countDocuments();
            long backlog = stored - appliedAttendances();
            progress.accept("waiting for reporting-service to apply the " + backlog + " attendances of the earlier phases");
            long start = System.nanoTime();
            long deadline = start + TimeUnit.MINUTES.toNanos(10);
            while (appliedAttendances() < stored) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("reporting-service did not apply " + stored + " attendances within 10 minutes");
                }
                Thread.sleep(200);
            }
            return backlog <= 0 ? 0 : backlog / ((System.nanoTime() - start) / 1e9);
        }
    }

    /** The attendances reporting-service's read model has applied since it started (it reads every topic from the beginning). */
    private long appliedAttendances() throws InterruptedException {
        HttpRequest scrape = HttpRequest.newBuilder(URI.create(platform.managementUrl("reporting-service") + "/actuator/prometheus"))
                .header("Authorization", "Bearer " + api.token("demo-admin")).header("Accept", "text/plain").GET().build();
        try {
            return (long) http.send(scrape, HttpResponse.BodyHandlers.ofString()).body().lines()
                    .filter(line -> line.startsWith("ponte_reporting_events_applied_total{") && line.contains("type=\"AttendanceRecorded\""))
                    .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
        } catch (IOException e) {
            throw new IllegalStateException("reporting-service's metrics could not be read", e);
        }
    }

    /** People registered with consent and a case each, as a technician of Lisboa does. */
    private List<String> openCases(int count) {
        progress.accept("opening " + count + " cases");
        return openCases(api, stack, count);
    }

    /** The same, for the other benchmarks. */
    static List<String> openCases(Api api, StackConfig stack, int count) {
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String person = api.post(stack.url(stack.casePort()) + "/api/v1/beneficiaries", TECHNICIAN, Map.of(
                    "fullName", "Pessoa de Teste " + i + " " + ObjectId.get().toHexString(), "dateOfBirth", "1990-01-01", "sex", "FEMALE",
                    "nationality", "BR", "consent", Map.of("dataProcessing", true, "shareWithPartners", false)), 201).get("id").asString();
            cases.add(api.post(stack.url(stack.casePort()) + "/api/v1/cases", TECHNICIAN,
                    Map.of("beneficiaryId", person, "areas", List.of("LEGAL_STATUS")), 201).get("id").asString());
        }
        return cases;
    }

    /** {@code clients} technicians, each recording attendances one after another; returns how many were stored (201). */
    private long closedLoop(int clients, Duration duration, List<String> cases, String token) throws InterruptedException {
        return closedLoop(clients, duration, caseId -> attendance(caseId, token), cases, 201);
    }

    /** {@code clients} callers, each sending one request after another; returns how many were answered {@code expected}. */
    private long closedLoop(int clients, Duration duration, Function<String, HttpRequest> request, List<String> cases, int expected)
            throws InterruptedException {
        AtomicLong stored = new AtomicLong();
        long deadline = System.nanoTime() + duration.toNanos();
        ExecutorService workers = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            int client = c;
            workers.submit(() -> {
                int i = client;
                while (System.nanoTime() < deadline) {
                    try {
                        HttpResponse<Void> response = http.send(request.apply(cases.get(i % cases.size())), HttpResponse.BodyHandlers.discarding());
                        if (response.statusCode() == expected) {
                            stored.incrementAndGet();
                        }
                    } catch (Exception failed) {
                        // Counted by its absence.
                    }
                    i += clients;
                }
            });
        }
        workers.shutdown();
        workers.awaitTermination(duration.toSeconds() + 60, TimeUnit.SECONDS);
        return stored.get();
    }

    /** The anchor: the same store taking documents of the same size one insert at a time, from as many clients. */
    private static double rawInserts(MongoCollection<Document> collection, Document like, int clients, Duration duration)
            throws InterruptedException {
        AtomicLong inserted = new AtomicLong();
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        ExecutorService workers = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            workers.submit(() -> {
                while (System.nanoTime() < deadline) {
                    Document copy = new Document(like);
                    copy.put("_id", ObjectId.get().toHexString() + "-000000000000"); // the size of a UUID string, as the real id
                    collection.insertOne(copy);
                    inserted.incrementAndGet();
                }
            });
        }
        workers.shutdown();
        workers.awaitTermination(duration.toSeconds() + 60, TimeUnit.SECONDS);
        return inserted.get() / ((System.nanoTime() - start) / 1e9);
    }

    /** Until case-service's outbox is empty: every stored attendance's event is on Kafka. */
    private void awaitRelayed() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline) {
            try {
                double backlog = caseServiceMetrics().lines().filter(line -> line.startsWith("ponte_outbox_backlog"))
                        .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
                if (backlog == 0) {
                    return;
                }
            } catch (Exception notYet) {
                // Ask again.
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("case-service's outbox did not empty within 5 minutes");
    }

    /** case-service's Prometheus page. */
    private String caseServiceMetrics() throws InterruptedException {
        HttpRequest scrape = HttpRequest.newBuilder(URI.create(platform.managementUrl("case-service") + "/actuator/prometheus"))
                .header("Authorization", "Bearer " + api.token("demo-admin")).header("Accept", "text/plain").GET().build();
        try {
            return http.send(scrape, HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new IllegalStateException("case-service's metrics could not be read", e);
        }
    }

    private HttpRequest refusedAttendance(String caseId, String token) {
        return HttpRequest.newBuilder(URI.create(stack.url(stack.casePort()) + "/api/v1/cases/" + caseId + "/attendances"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"occurredAt": "%s", "channel": "IN_PERSON", "areas": [], "durationMinutes": 30,
                         "summary": "Pedido de informação sobre a renovação da autorização de residência"}"""
                        .formatted(Instant.now().minusSeconds(5)))).build();
    }

    private HttpRequest attendance(String caseId, String token) {
        return attendance(stack, caseId, token);
    }

    /** An attendance of a moment ago on the case, as a technician records it. */
    static HttpRequest attendance(StackConfig stack, String caseId, String token) {
        return attendance(stack.url(stack.casePort()), caseId, token);
    }

    /** The same, to the case-service at {@code base}. */
    static HttpRequest attendance(String base, String caseId, String token) {
        return HttpRequest.newBuilder(URI.create(base + "/api/v1/cases/" + caseId + "/attendances"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"occurredAt": "%s", "channel": "IN_PERSON", "areas": ["LEGAL_STATUS"], "durationMinutes": 30,
                         "summary": "Pedido de informação sobre a renovação da autorização de residência"}"""
                        .formatted(Instant.now().minusSeconds(5)))).build();
    }

    private static double mib(long bytes) {
        return bytes < 0 ? -1 : Math.round(bytes / 1024.0 / 1024.0 * 10) / 10.0;
    }

    private static double ms(long micros) {
        return Math.round(micros / 100.0) / 10.0;
    }
}
