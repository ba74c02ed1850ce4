package org.ponte.benchmarks;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.bson.Document;
import org.bson.types.Binary;
import org.ponte.localstack.Api;
import org.ponte.localstack.Platform;
import org.ponte.localstack.StackConfig;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * What sealing personal data costs: the platform's case-service (every person's data sealed with their own key, found
 * through keyed hashes) against a second case-service started beside it on a database of its own with
 * {@code ponte.privacy.in-clear-for-benchmark=true} (the same code without the cryptography and the key vault), in
 * the same run on the same store, broker and authorization server. Each registers the same people and opens a case
 * for each; then, in rounds that alternate which one goes first, technicians record attendances, search people by
 * the starts of their names, and page through the office's cases with the people's names. Each figure is the median
 * of the rounds; the cost is how much lower the sealed service's throughput is.
 */
final class PrivacyBenchmark {

    static final String IN_CLEAR = "case-service-in-clear";
    private static final String TECHNICIAN = "demo-technician-lisboa";
    private static final List<String> GIVEN = List.of("Ana", "Maria", "Fatima", "Aisha", "Joao", "Mohammed", "Olena", "Rahul",
            "Amina", "Carlos", "Mariana", "Ibrahim", "Sofia", "Dmytro", "Priya", "Lucas", "Chen", "Ngozi", "Bruno", "Leila");
    private static final List<String> FAMILY = List.of("Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues",
            "Martins", "Khan", "Ahmed", "Kovalenko", "Singh", "Sharma", "Okafor", "Mendes", "Nunes", "Wang", "Diallo", "Barbosa", "Haddad");

    record Settings(int people, int clients, int rounds, Duration phase) {
        static Settings full(int people) {
            return new Settings(people, 16, 3, Duration.ofSeconds(15));
        }

        static Settings smoke() {
            return new Settings(12, 4, 1, Duration.ofSeconds(2));
        }
    }

    /** One operation's throughput and latency for one service in one round. */
    record Sample(String operation, String variant, int round, long ok, long failed, double perSecond, double p50Ms, double p95Ms) {
    }

    /** One operation, the median over the rounds of each variant, and what sealing costs (1 − sealed/in clear). */
    record Figure(String operation, double sealedPerSecond, double inClearPerSecond, double sealedP95Ms, double inClearP95Ms) {
        double cost() {
            return 1 - sealedPerSecond / inClearPerSecond;
        }
    }

    /**
     * The figures, and what the stores hold: whether a sealed person's name is anywhere in the sealed service's raw
     * documents (it must not be) and in the other's (it must be: otherwise the comparison compared nothing).
     */
    record Result(Machine machine, Settings settings, List<Figure> figures, List<Sample> samples, boolean sealedStoreShowsNames,
                  boolean inClearStoreShowsNames) {
        double worstCost() {
            return figures.stream().mapToDouble(Figure::cost).max().orElse(0);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Platform platform;
    private final StackConfig stack;
    private final Api api;
    private final HttpClient http;
    private final Consumer<String> progress;

    PrivacyBenchmark(Platform platform, Consumer<String> progress) {
        this.platform = platform;
        this.stack = platform.config();
        this.api = new Api(stack.issuer());
        this.progress = progress;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(4)).build();
    }

    Result run(Settings settings) throws Exception {
        progress.accept("starting a second case-service without sealing, on a database of its own");
        platform.startVariant("case-service", IN_CLEAR, List.of("--spring.mongodb.database=cases-in-clear",
                "--spring.cloud.stream.bindings.referralEvents-in-0.group=" + IN_CLEAR,
                "--spring.cloud.stream.bindings.directory-in-0.group=" + IN_CLEAR,
                "--ponte.privacy.in-clear-for-benchmark=true"));
        Map<String, String> services = Map.of("sealed", platform.url("case-service"), "in clear", platform.url(IN_CLEAR));
        List<String> names = names(settings.people());
        String token = api.token(TECHNICIAN);
        List<Sample> samples = new ArrayList<>();
        Map<String, List<String>> cases = new java.util.HashMap<>();
        for (String variant : List.of("sealed", "in clear")) {
            progress.accept(variant + ": registering " + names.size() + " people, a case each");
            List<String> opened = Collections.synchronizedList(new ArrayList<>());
            samples.add(closedLoop("person registered with a case", variant, 0, settings.clients(), names.size(), null,
                    i -> registerWithCase(services.get(variant), names.get(i), token, opened)));
            cases.put(variant, opened);
        }
        int pages = Math.max(1, settings.people() / 25);
        Random random = new Random(2026);
        for (int round = 1; round <= settings.rounds(); round++) {
            List<String> order = round % 2 == 1 ? List.of("sealed", "in clear") : List.of("in clear", "sealed");
            for (String variant : order) {
                String base = services.get(variant);
                List<String> its = cases.get(variant);
                progress.accept("round " + round + ", " + variant + ": attendances, name searches, case pages with names");
                samples.add(closedLoop("attendance recorded", variant, round, settings.clients(), 0, settings.phase(),
                        i -> send(IngestBenchmark.attendance(base, its.get(i % its.size()), token), 201)));
                samples.add(closedLoop("people searched by the starts of their names (a page of 20)", variant, round, settings.clients(), 0,
                        settings.phase(), i -> send(get(base + "/api/v1/beneficiaries?q=" + encode(query(names.get(random.nextInt(names.size())))), token), 200)));
                samples.add(closedLoop("office's cases, a page of 25 with names", variant, round, settings.clients(), 0, settings.phase(),
                        i -> send(get(base + "/api/v1/cases?names=true&size=25&page=" + (i % pages), token), 200)));
            }
        }
        List<Figure> figures = samples.stream().map(Sample::operation).distinct()
                .map(operation -> new Figure(operation, median(samples, operation, "sealed", Sample::perSecond),
                        median(samples, operation, "in clear", Sample::perSecond), median(samples, operation, "sealed", Sample::p95Ms),
                        median(samples, operation, "in clear", Sample::p95Ms))).toList();
        platform.stop(IN_CLEAR);
        try (MongoClient mongo = MongoClients.create("mongodb://localhost:" + stack.mongoPort())) {
            return new Result(Machine.thisOne(), settings, figures, samples, storeShows(mongo, "cases", names),
                    storeShows(mongo, "cases-in-clear", names));
        }
    }

    /** Whether any raw document of the database's people holds one of the names as it was typed, as text or as bytes. */
    private static boolean storeShows(MongoClient mongo, String database, List<String> names) {
        List<String> documents = new ArrayList<>();
        mongo.getDatabase(database).getCollection("beneficiaries").find().forEach(document -> documents.add(readable(document)));
        return documents.stream().anyMatch(text -> names.stream().anyMatch(text::contains));
    }

    /** The document as JSON, with each binary value also read as UTF-8 text. */
    private static String readable(Document document) {
        StringBuilder text = new StringBuilder(document.toJson());
        document.values().forEach(value -> {
            if (value instanceof Binary bytes) {
                text.append('\n').append(new String(bytes.getData(), StandardCharsets.UTF_8));
            } else if (value instanceof Document nested) {
                text.append('\n').append(readable(nested));
            }
        });
        return text.toString();
    }

    /** Distinct names, reproducibly: a given and two family names and a number, as people are registered. */
    private static List<String> names(int count) {
        Random random = new Random(25);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            names.add(GIVEN.get(random.nextInt(GIVEN.size())) + " " + FAMILY.get(random.nextInt(FAMILY.size())) + " "
                    + FAMILY.get(random.nextInt(FAMILY.size())) + " " + Integer.toString(i, 36));
        }
        return names;
    }

    /** What a technician types to find someone: the start of the given name and of the first family name. */
    private static String query(String name) {
        String[] words = name.split(" ");
        return words[0].substring(0, 3) + " " + words[1].substring(0, 4);
    }

    private boolean registerWithCase(String base, String name, String token, List<String> opened) {
        HttpResponse<String> person = exchange(post(base + "/api/v1/beneficiaries", token, Map.of("fullName", name, "dateOfBirth", "1990-01-01",
                "sex", "FEMALE", "nationality", "BR", "phone", "+351912345678", "email", name.replace(' ', '.').toLowerCase() + "@example.org",
                "consent", Map.of("dataProcessing", true, "shareWithPartners", false))));
        if (person.statusCode() != 201) {
            return false;
        }
        String personId = JSON.readTree(person.body()).get("id").asString();
        HttpResponse<String> opening = exchange(post(base + "/api/v1/cases", token, Map.of("beneficiaryId", personId, "areas", List.of("LEGAL_STATUS"))));
        if (opening.statusCode() != 201) {
            return false;
        }
        opened.add(JSON.readTree(opening.body()).get("id").asString());
        return true;
    }

    /**
     * {@code clients} technicians, each sending one request after another, for {@code duration} or until
     * {@code count} requests were sent; each request's latency from its sending to its answer.
     */
    private Sample closedLoop(String operation, String variant, int round, int clients, int count, Duration duration, IntFunction<Boolean> request)
            throws InterruptedException {
        Histogram latency = new ConcurrentHistogram(TimeUnit.MINUTES.toMicros(2), 3);
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong next = new AtomicLong();
        long start = System.nanoTime();
        long deadline = duration == null ? Long.MAX_VALUE : start + duration.toNanos();
        ExecutorService workers = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            workers.submit(() -> {
                while (System.nanoTime() < deadline) {
                    long i = next.getAndIncrement();
                    if (count > 0 && i >= count) {
                        return;
                    }
                    long sent = System.nanoTime();
                    boolean answered;
                    try {
                        answered = request.apply((int) i);
                    } catch (RuntimeException error) {
                        answered = false;
                    }
                    latency.recordValue(Math.max(1, (System.nanoTime() - sent) / 1000));
                    (answered ? ok : failed).incrementAndGet();
                }
            });
        }
        workers.shutdown();
        if (!workers.awaitTermination(10, TimeUnit.MINUTES)) {
            throw new IllegalStateException(operation + " did not finish within 10 minutes");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Sample(operation, variant, round, ok.get(), failed.get(), ok.get() / seconds,
                latency.getValueAtPercentile(50) / 1000.0, latency.getValueAtPercentile(95) / 1000.0);
    }

    private static double median(List<Sample> samples, String operation, String variant, java.util.function.ToDoubleFunction<Sample> figure) {
        double[] values = samples.stream().filter(s -> s.operation().equals(operation) && s.variant().equals(variant)).mapToDouble(figure).sorted().toArray();
        return values.length == 0 ? 0 : values[values.length / 2];
    }

    private boolean send(HttpRequest request, int expected) {
        return exchange(request).statusCode() == expected;
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest get(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET().build();
    }

    private static HttpRequest post(String url, String token, Object body) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
