package org.ponte.benchmarks;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.HdrHistogram.Histogram;
import org.ponte.events.Topics;
import org.ponte.events.vocabulary.Region;
import org.ponte.localstack.Api;
import org.ponte.localstack.Platform;
import org.ponte.localstack.StackConfig;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The network at national scale ({@code ./ponte bench national}): a {@link NationalHistory} written straight to the
 * topics; reporting-service applies it; every figure of the network report and of a national plan's progress (the
 * whole network, each region, each office) is checked against what the history counted; a plain Kafka consumer reads
 * the same topics beside reporting-service's rebuild of its read model; the figures after the rebuild must be those
 * before it; the service's resident memory is read after the rebuild; every report and progress query is timed for
 * each office, each region and the whole network; and the freshness of attendances recorded live at a steady rate.
 */
final class NationalBenchmark {

    /**
     * {@code handledBefore}: the services other than reporting-service take the history as already handled (see
     * {@link #asHandledBefore}); the smoke run's history is small enough for them to work it off meanwhile.
     */
    record Settings(NationalHistory.Settings history, int networkCalls, int liveRate, Duration live, boolean handledBefore) {

        static Settings national() {
            return new Settings(NationalHistory.Settings.national(), 20, 100, Duration.ofSeconds(60), true);
        }

        static Settings smoke() {
            return new Settings(NationalHistory.Settings.smoke(), 3, 20, Duration.ofSeconds(5), false);
        }
    }

    /** One query at one scope: its calls' p50 and p95 in milliseconds. */
    record Timing(String query, String scope, int calls, double p50Ms, double p95Ms) {
    }

    record Result(Machine machine, Settings settings, long events, double writtenPerSecond, double appliedWithinSeconds, Map<String, Long> totals,
                  int checked, List<String> mismatches, long recordsOnTopics, double plainConsumerPerSecond, double decodingConsumerPerSecond,
                  double rebuildPerSecond, double ratio,
                  boolean figuresEqualAfterRebuild, String difference, double reportingRssMib, List<Timing> timings, double worstP95Ms,
                  Freshness freshness) {
    }

    private static final String COORDINATOR = "demo-coordinator";
    private static final List<String> REPORTS = List.of("attendances/monthly", "referrals/funnel", "demographics", "activities/monthly",
            "activities/participants/monthly", "legal-status/monthly", "appointments/outcomes", "network", "network/monthly");

    private final Platform platform;
    private final StackConfig stack;
    private final Api api;
    private final HttpClient http;
    private final Consumer<String> progress;
    private final Map<String, String> tokens = new LinkedHashMap<>();

    NationalBenchmark(Platform platform, Consumer<String> progress) {
        this.platform = platform;
        this.stack = platform.config();
        this.api = new Api(stack.issuer(), Duration.ofMinutes(2));
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(4)).build();
        this.progress = progress;
    }

    Result run(Settings settings) throws Exception {
        NationalHistory history = new NationalHistory(settings.history(), LocalDate.now(ZoneOffset.UTC));
        if (settings.handledBefore()) {
            SERVICES_WITH_EVENT_GROUPS.forEach(platform::stop);
        }
        long writing = System.nanoTime();
        history.write(platform.kafkaBootstrapServers(), progress);
        double written = history.events() / seconds(writing);
        if (settings.handledBefore()) {
            asHandledBefore();
        }
        String window = "from=" + history.firstDay() + "&to=" + history.lastDay();
        NationalHistory.Expected expected = history.expected();
        Map<String, Long> totals = expected.indicators(expected.all());

        long applying = System.nanoTime();
        awaitApplied(history, window, totals.get("ATTENDANCES"));
        double appliedWithin = seconds(applying);

        String planId = "rede-nacional-" + history.firstDay().getYear();
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("id", planId);
        plan.put("name", "Rede nacional " + history.firstDay() + " – " + history.lastDay());
        plan.put("periodStart", history.firstDay().toString());
        plan.put("periodEnd", history.lastDay().toString());
        plan.put("officeIds", history.offices().stream().map(NationalHistory.Office::id).toList());
        plan.put("indicators", totals.keySet().stream().sorted().map(code -> Map.of("code", code, "name", code, "target",
                Math.max(1, totals.get(code) * 11 / 10), "source", "EVENTS")).toList());
        api.post(reporting("/api/v1/plans"), "demo-admin", plan, 201);

        List<String> mismatches = new ArrayList<>();
        int checked = check(history, window, planId, mismatches);
        progress.accept("checked " + checked + " figures against the history: " + mismatches.size() + " differ");
        mismatches.stream().limit(10).forEach(mismatch -> progress.accept("  " + mismatch));

        String before = figures(history, window, planId);
        progress.accept("anchor: a plain Kafka consumer reading " + TOPICS + " from the beginning to the end");
        long plain = System.nanoTime();
        long records = readEverything(false);
        double plainRate = records / seconds(plain);
        progress.accept("ceiling: the same records read and decoded as events (CloudEvents headers and JSON, on every core), nothing applied");
        long decoding = System.nanoTime();
        readEverything(true);
        double decodeRate = records / seconds(decoding);

        progress.accept("rebuild: POST /api/v1/admin/rebuild");
        api.post(reporting("/api/v1/admin/rebuild"), "demo-admin", Map.of(), 202);
        JsonNode status;
        do {
            Thread.sleep(250);
            status = api.get(reporting("/api/v1/admin/rebuild"), "demo-admin");
        } while (status.get("state").asString().equals("RUNNING"));
        if (!status.get("state").asString().equals("DONE")) {
            throw new IllegalStateException("the rebuild ended " + status);
        }
        double rebuildSeconds = Duration.between(Instant.parse(status.get("startedAt").asString()),
                Instant.parse(status.get("finishedAt").asString())).toMillis() / 1000.0;
        double rebuildRate = status.get("eventsTotal").asLong() / Math.max(0.001, rebuildSeconds);
        progress.accept("rebuild: %d records in %.1f s".formatted(status.get("eventsTotal").asLong(), rebuildSeconds));
        String after = figures(history, window, planId);
        double rss = platform.parts().stream().filter(part -> part.name().equals("reporting-service")).findFirst()
                .map(part -> part.residentBytes() / 1024.0 / 1024.0).orElse(-1.0);

        List<Timing> timings = time(history, window, planId, settings.networkCalls());
        double worst = timings.stream().mapToDouble(Timing::p95Ms).max().orElse(0);

        progress.accept("live: " + settings.liveRate() + " attendances/s for " + settings.live().toSeconds() + " s");
        List<String> cases = IngestBenchmark.openCases(api, stack, 20);
        String technician = api.token(Workload.TECHNICIAN);
        Freshness.Probe fresh = Freshness.start(platform, api);
        OpenLoop.Outcome live = OpenLoop.run(http, settings.liveRate(), settings.live(), 201,
                i -> IngestBenchmark.attendance(stack, cases.get(i % cases.size()), technician), line -> progress.accept("  " + line));
        Freshness freshness = fresh.measure(live.answered(), progress);

        boolean equal = before.equals(after);
        return new Result(Machine.thisOne(), settings, history.events(), written, appliedWithin, new TreeMap<>(totals), checked, mismatches, records,
                plainRate, decodeRate, rebuildRate, rebuildRate / plainRate, equal, equal ? "" : firstDifference(before, after), rss, timings, worst, freshness);
    }

    /** The services whose consumer groups read the event topics (reporting-service's read model reads them without one). */
    private static final List<String> SERVICES_WITH_EVENT_GROUPS = List.of("case-service", "referral-service", "notification-service",
            "programme-service");

    /**
     * The history as the other services would have it in a real network: handled as it happened, over three years.
     * Their consumer groups, stopped while it was written, are moved past it on the event topics (not on the
     * directory, whose offices they learn), and the services started again. Otherwise case- and notification-service
     * would work off three years of referrals throughout the run (about 100 events/s each on the MongoDB-wire store),
     * and every measurement would share the two cores with a migration instead of with the platform at work.
     */
    private void asHandledBefore() throws InterruptedException {
        progress.accept("the history as handled when it happened: " + SERVICES_WITH_EVENT_GROUPS + "' consumer groups moved past it");
        try (org.apache.kafka.clients.admin.AdminClient admin = ConsumerGroups.admin(platform.kafkaBootstrapServers())) {
            // Every partition of the three topics, whether or not the group reads the topic or has committed on it yet.
            Map<TopicPartition, org.apache.kafka.clients.admin.OffsetSpec> latest = new LinkedHashMap<>();
            admin.describeTopics(TOPICS).allTopicNames().get().forEach((topic, description) -> description.partitions()
                    .forEach(partition -> latest.put(new TopicPartition(topic, partition.partition()), org.apache.kafka.clients.admin.OffsetSpec.latest())));
            Map<TopicPartition, org.apache.kafka.clients.consumer.OffsetAndMetadata> ends = new LinkedHashMap<>();
            admin.listOffsets(latest).all().get().forEach((partition, end) -> ends.put(partition,
                    new org.apache.kafka.clients.consumer.OffsetAndMetadata(end.offset())));
            for (String group : SERVICES_WITH_EVENT_GROUPS) {
                long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
                while (true) {
                    try {
                        admin.alterConsumerGroupOffsets(group, ends).all().get();
                        break;
                    } catch (java.util.concurrent.ExecutionException stillAMember) {
                        // The stopped service's member is gone once the broker has seen it leave (or its session end).
                        if (System.nanoTime() > deadline) {
                            throw new IllegalStateException(group + "'s offsets could not be moved", stillAMember.getCause());
                        }
                        Thread.sleep(1000);
                    }
                }
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        SERVICES_WITH_EVENT_GROUPS.forEach(platform::restart);
    }

    /**
     * Until reporting-service's read model has applied every event of the history (its own count, on its Prometheus
     * page) and the directory has told it of every office.
     */
    private void awaitApplied(NationalHistory history, String window, long attendances) throws InterruptedException {
        long events = history.events() - history.offices().size();
        progress.accept("waiting for reporting-service to apply the history (" + events + " events, " + attendances + " attendances)");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(20);
        while (true) {
            long applied = applied();
            if (applied >= events && api.get(reporting("/api/v1/reports/network?" + window), COORDINATOR).get("offices").size()
                    >= history.offices().size()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("reporting-service applied " + applied + " of " + events + " events in 20 minutes");
            }
            progress.accept("  applied " + applied + " of " + events);
            Thread.sleep(2000);
        }
    }

    /** Every event reporting-service's read model has applied since it started. */
    private long applied() throws InterruptedException {
        HttpRequest scrape = HttpRequest.newBuilder(URI.create(platform.managementUrl("reporting-service") + "/actuator/prometheus"))
                .header("Authorization", "Bearer " + api.token("demo-admin")).header("Accept", "text/plain").GET().build();
        try {
            return (long) http.send(scrape, HttpResponse.BodyHandlers.ofString()).body().lines()
                    .filter(line -> line.startsWith("ponte_reporting_events_applied_total{"))
                    .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
        } catch (IOException e) {
            throw new IllegalStateException("reporting-service's metrics could not be read", e);
        }
    }

    /**
     * Every figure of the network report (each office, each region's total, the network's total) and every actual of
     * the national plan's progress (the plan, and each office) against what the history counted; small counts, which
     * the reports hide, are not compared. Returns how many figures were compared.
     */
    private int check(NationalHistory history, String window, String planId, List<String> mismatches) {
        NationalHistory.Expected expected = history.expected();
        int checked = 0;
        JsonNode network = api.get(reporting("/api/v1/reports/network?" + window), COORDINATOR);
        checked += compare("network total", network.get("total"), expected.indicators(expected.all()), mismatches);
        for (JsonNode office : network.get("offices")) {
            int index = indexOf(history, office.get("officeId").asString());
            checked += compare(office.get("officeId").asString(), office.get("figures"), expected.indicators(List.of(index)), mismatches);
        }
        for (Region region : Region.values()) {
            List<Integer> offices = expected.inRegion(region);
            if (!offices.isEmpty()) {
                JsonNode ofRegion = api.get(reporting("/api/v1/reports/network?region=" + region + "&" + window), COORDINATOR);
                checked += compare("region " + region, ofRegion.get("total"), expected.indicators(offices), mismatches);
            }
        }
        JsonNode progress = api.get(reporting("/api/v1/plans/" + planId + "/progress?asOf=" + history.lastDay()), COORDINATOR);
        checked += compare("plan", actuals(progress.get("indicators")), expected.indicators(expected.all()), mismatches);
        JsonNode byOffice = api.get(reporting("/api/v1/plans/" + planId + "/progress/offices?asOf=" + history.lastDay()), COORDINATOR);
        for (JsonNode office : byOffice.get("offices")) {
            int index = indexOf(history, office.get("officeId").asString());
            checked += compare("plan, " + office.get("officeId").asString(), actuals(office.get("indicators")),
                    expected.indicators(List.of(index)), mismatches);
        }
        return checked;
    }

    private static JsonNode actuals(JsonNode indicators) {
        Map<String, String> actuals = new LinkedHashMap<>();
        indicators.forEach(indicator -> actuals.put(indicator.get("code").asString(), Long.toString(indicator.get("actual").asLong())));
        return tools.jackson.databind.json.JsonMapper.builder().build().valueToTree(actuals);
    }

    private static int compare(String where, JsonNode shown, Map<String, Long> expected, List<String> mismatches) {
        int compared = 0;
        for (Map.Entry<String, Long> figure : expected.entrySet()) {
            String value = shown.path(figure.getKey()).asString("");
            if (value.equals("<5") || value.equals("x")) {
                continue;
            }
            compared++;
            if (!value.equals(Long.toString(figure.getValue()))) {
                mismatches.add(where + " " + figure.getKey() + ": " + value + " where the history has " + figure.getValue());
            }
        }
        return compared;
    }

    private static int indexOf(NationalHistory history, String officeId) {
        for (int i = 0; i < history.offices().size(); i++) {
            if (history.offices().get(i).id().equals(officeId)) {
                return i;
            }
        }
        throw new IllegalStateException("an office the history does not have: " + officeId);
    }

    /**
     * Every report for the network, one region and one office, and the plan's progress, each as its query and the
     * SHA-256 of its answer, to compare (the answers themselves are large).
     */
    private String figures(NationalHistory history, String window, String planId) throws Exception {
        List<String> paths = new ArrayList<>();
        String office = history.offices().get(0).id();
        for (String scope : List.of("", "region=" + history.offices().get(0).region() + "&", "officeId=" + office + "&")) {
            REPORTS.forEach(report -> paths.add("/api/v1/reports/" + report + "?" + scope + window));
        }
        paths.add("/api/v1/plans/" + planId + "/progress?asOf=" + history.lastDay());
        paths.add("/api/v1/plans/" + planId + "/progress/offices?asOf=" + history.lastDay());
        StringBuilder figures = new StringBuilder();
        java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
        for (String path : paths) {
            String body = call(path, tokens.computeIfAbsent(COORDINATOR, api::token));
            figures.append(path).append(' ').append(java.util.HexFormat.of().formatHex(sha.digest(body.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                    .append('\n');
        }
        return figures.toString();
    }

    /** Each report and the plan's progress, timed for each office, each region and the whole network. */
    private List<Timing> time(NationalHistory history, String window, String planId, int networkCalls) throws Exception {
        List<Timing> timings = new ArrayList<>();
        List<String> regions = history.offices().stream().map(office -> office.region().name()).distinct().sorted().toList();
        for (String report : REPORTS) {
            progress.accept("timing " + report);
            String path = "/api/v1/reports/" + report + "?" + window;
            timings.add(timed(report, "each office", history.offices().stream().map(office -> path + "&officeId=" + office.id()).toList()));
            timings.add(timed(report, "each region", regions.stream().map(region -> path + "&region=" + region).toList()));
            timings.add(timed(report, "the network", java.util.Collections.nCopies(networkCalls, path)));
        }
        String progressPath = "/api/v1/plans/" + planId + "/progress?asOf=" + history.lastDay();
        timings.add(timed("plan progress (every office)", "the network", java.util.Collections.nCopies(networkCalls, progressPath)));
        timings.add(timed("plan progress by office", "the network", java.util.Collections.nCopies(networkCalls,
                "/api/v1/plans/" + planId + "/progress/offices?asOf=" + history.lastDay())));
        return timings;
    }

    private Timing timed(String query, String scope, List<String> paths) throws Exception {
        String token = tokens.computeIfAbsent(COORDINATOR, api::token);
        // One call first, not counted: the first call of a path pays for its classes and caches, as no user's does twice.
        call(paths.get(0), token);
        Histogram micros = new Histogram(TimeUnit.MINUTES.toMicros(5), 3);
        for (String path : paths) {
            long start = System.nanoTime();
            call(path, token);
            micros.recordValue(Math.max(1, (System.nanoTime() - start) / 1000));
        }
        return new Timing(query, scope, paths.size(), micros.getValueAtPercentile(50) / 1000.0, micros.getValueAtPercentile(95) / 1000.0);
    }

    private String call(String path, String token) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(reporting(path))).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofMinutes(2)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static final List<String> TOPICS = List.of(Topics.CASE_EVENTS, Topics.REFERRAL_EVENTS, Topics.PROGRAMME_EVENTS);

    /**
     * The anchor: every record of the topics the read model is built from, read and counted, nothing more; with
     * {@code decode}, each poll also decoded into events as the read model decodes them (the ceiling of any rebuild
     * that reads the events themselves).
     */
    private long readEverything(boolean decode) {
        org.ponte.events.EventCodec codec = new org.ponte.events.EventCodec();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                platform.kafkaBootstrapServers(), ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false, ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5_000,
                ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 32 * 1024 * 1024, ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 8 * 1024 * 1024),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = TOPICS.stream().flatMap(topic -> consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition()))).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long read = 0;
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                List<ConsumerRecord<String, byte[]>> polled = new ArrayList<>();
                consumer.poll(Duration.ofMillis(500)).forEach(polled::add);
                read += polled.size();
                if (decode) {
                    polled.parallelStream().forEach(record -> codec.decode(org.ponte.events.KafkaEventRecords.headers(record), record.value()));
                }
            }
            return read;
        }
    }

    private String reporting(String path) {
        return stack.url(stack.reportingPort()) + path;
    }

    private static String firstDifference(String before, String after) {
        String[] a = before.split("\n");
        String[] b = after.split("\n");
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (!a[i].equals(b[i])) {
                return "before: " + a[i].substring(0, Math.min(300, a[i].length())) + " / after: " + b[i].substring(0, Math.min(300, b[i].length()));
            }
        }
        return "different lengths";
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
