package org.ponte.benchmarks;

import org.bson.types.ObjectId;
import org.ponte.localstack.Api;
import org.ponte.localstack.Platform;
import org.ponte.localstack.StackConfig;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * What the fault tests run while parts of the platform die: technicians of Lisboa recording attendances at a
 * constant rate (open loop), and beside them referrals to two partners whose own webhook endpoints announce them,
 * each answered by the partner (accepted, declined or left pending). Everything through the public HTTP API
 * with real tokens; afterwards it reads back, as the technicians, the partners and the manager would, what the
 * platform made of it.
 */
final class Workload {

    static final String TECHNICIAN = "demo-technician-lisboa";
    static final String MANAGER = "demo-manager-lisboa";
    /** The partners the demo accounts act for, and the area each is asked about. */
    static final Map<String, String> PARTNERS = Map.of("partner-1", "EMPLOYMENT_AND_ENTREPRENEURSHIP", "partner-2", "HEALTH");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A referral the technician made, to whom, and when it was answered 201 (epoch ms). */
    record Referral(String partnerId, long requestedAt) {
    }

    /** What the clients saw during one run; {@code reportedBefore}: the attendances in the reports before it. */
    record Observed(OpenLoop.Outcome attendances, Map<String, Referral> referrals, long referralCallsFailed, long reportedBefore) {

        Set<String> answeredIds() {
            Set<String> ids = new HashSet<>();
            attendances.answers().forEach(answer -> ids.add(JSON.readTree(answer.body()).get("id").asString()));
            return ids;
        }
    }

    private final StackConfig stack;
    private final Api api;
    private final HttpClient http;
    private final PartnerWebhooks webhooks;
    private final Consumer<String> progress;
    private final List<String> cases = new ArrayList<>();

    Workload(Platform platform, PartnerWebhooks webhooks, Consumer<String> progress) {
        this.stack = platform.config();
        this.api = new Api(stack.issuer());
        this.webhooks = webhooks;
        this.progress = progress;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(4)).build();
    }

    /** The two partners in the directory with their webhook endpoints (once per platform), and {@code count} new cases. */
    Workload prepare(int count) {
        String partners = stack.url(stack.referralPort()) + "/api/v1/partners";
        Set<String> known = new HashSet<>();
        api.get(partners, "demo-admin").forEach(p -> known.add(p.get("id").asString()));
        PARTNERS.forEach((partner, area) -> {
            if (!known.contains(partner)) {
                api.post(partners, "demo-admin", Map.of("id", partner, "name", "Parceiro " + partner, "email", partner + "@example.org",
                        "preferredLanguage", "pt", "areas", List.of(area), "municipalities", List.of("Lisboa"), "languages", List.of("pt")), 201);
            }
            String endpoints = stack.url(stack.notificationPort()) + "/api/v1/webhook-endpoints";
            String url = webhooks.urlOf(partner);
            boolean registered = false;
            for (JsonNode endpoint : api.get(endpoints, "demo-" + partner)) {
                registered |= url.equals(endpoint.get("url").asString());
            }
            if (!registered) {
                api.post(endpoints, "demo-" + partner, Map.of("url", url, "description", "benchmark receiver"), 201);
            }
        });
        progress.accept("opening " + count + " cases");
        for (int i = 0; i < count; i++) {
            String person = api.post(stack.url(stack.casePort()) + "/api/v1/beneficiaries", TECHNICIAN, Map.of(
                    "fullName", "Pessoa de Teste " + ObjectId.get().toHexString(), "dateOfBirth", "1990-01-01", "sex", "FEMALE",
                    "nationality", "BR", "consent", Map.of("dataProcessing", true, "shareWithPartners", true)), 201).get("id").asString();
            cases.add(api.post(stack.url(stack.casePort()) + "/api/v1/cases", TECHNICIAN,
                    Map.of("beneficiaryId", person, "areas", List.of("LEGAL_STATUS", "HEALTH")), 201).get("id").asString());
        }
        return this;
    }

    /**
     * Attendances at {@code rate} a second, and referrals beside them, for as long as {@code meanwhile} runs (the
     * fault, with load before and after it); returns once the answers are in.
     */
    Observed run(int rate, Runnable meanwhile, long reportedBefore) {
        AtomicBoolean loading = new AtomicBoolean(true);
        Map<String, Referral> referrals = new ConcurrentHashMap<>();
        AtomicLong referralCallsFailed = new AtomicLong();
        CompletableFuture<Void> referralTraffic = CompletableFuture.runAsync(() -> {
            for (int i = 0; loading.get(); i++) {
                refer(i, referrals, referralCallsFailed);
            }
        });
        CompletableFuture<OpenLoop.Outcome> attendances = CompletableFuture.supplyAsync(() -> {
            String token = api.token(TECHNICIAN);
            return OpenLoop.run(http, rate, Duration.ofHours(1), 201, i -> attendance(cases.get(i % cases.size()), token),
                    line -> progress.accept("  load " + line), () -> !loading.get());
        });
        try {
            meanwhile.run();
        } finally {
            loading.set(false);
        }
        OpenLoop.Outcome outcome = attendances.join();
        referralTraffic.join();
        return new Observed(outcome, Map.copyOf(referrals), referralCallsFailed.get(), reportedBefore);
    }

    /**
     * Attendances as fast as case-service answers them, from {@code clients} technicians at once, and referrals
     * beside them, for {@code duration}: a warm-up that a cold platform cannot fail, since each client waits for its
     * answer (an open loop at the run's rate would pile requests up on it); returns how many were answered 201.
     */
    long warmUp(Duration duration, int clients) {
        AtomicBoolean warming = new AtomicBoolean(true);
        AtomicLong answered = new AtomicLong();
        String token = api.token(TECHNICIAN);
        CompletableFuture<Void> referralTraffic = CompletableFuture.runAsync(() -> {
            for (int i = 0; warming.get(); i++) {
                refer(i, new ConcurrentHashMap<>(), new AtomicLong());
            }
        });
        ExecutorService technicians = Executors.newFixedThreadPool(clients);
        for (int client = 0; client < clients; client++) {
            String caseId = cases.get(client % cases.size());
            technicians.execute(() -> {
                while (warming.get()) {
                    try {
                        if (http.send(attendance(caseId, token), HttpResponse.BodyHandlers.discarding()).statusCode() == 201) {
                            answered.incrementAndGet();
                        }
                    } catch (IOException notYet) {
                        pause(100);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            });
        }
        pause(duration.toMillis());
        warming.set(false);
        technicians.shutdown();
        try {
            technicians.awaitTermination(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        referralTraffic.join();
        return answered.get();
    }

    /** One referral, answered by its partner: accepted, declined (every third) or left pending (every fifth). */
    private void refer(int i, Map<String, Referral> referrals, AtomicLong failed) {
        String partner = i % 2 == 0 ? "partner-1" : "partner-2";
        try {
            String id = api.post(stack.url(stack.referralPort()) + "/api/v1/referrals", TECHNICIAN, Map.of("caseId", cases.get(i % cases.size()),
                    "partnerId", partner, "area", PARTNERS.get(partner), "priority", "ROUTINE", "reason", "Encaminhamento de teste"), 201)
                    .get("id").asString();
            referrals.put(id, new Referral(partner, System.currentTimeMillis()));
            String base = stack.url(stack.referralPort()) + "/api/v1/referrals/" + id;
            if (i % 5 == 4) {
                return;
            }
            if (i % 3 == 2) {
                api.post(base + "/decline", "demo-" + partner, Map.of("reason", "NO_CAPACITY", "note", "Sem vagas"), 200);
            } else {
                api.post(base + "/accept", "demo-" + partner, Map.of("note", "Contactámos a pessoa"), 200);
            }
        } catch (RuntimeException failedWhileSomethingWasDown) {
            failed.incrementAndGet();
            pause(500);
        }
        pause(200);
    }

    /** Every attendance case-service holds for this run's cases, as the technician lists them. */
    Set<String> storedAttendances() {
        Set<String> ids = new HashSet<>();
        for (String caseId : cases) {
            for (int page = 0; ; page++) {
                JsonNode answer = api.get(stack.url(stack.casePort()) + "/api/v1/cases/" + caseId + "/attendances?size=200&page=" + page, TECHNICIAN);
                answer.get("items").forEach(item -> ids.add(item.get("id").asString()));
                if (page + 1 >= answer.get("totalPages").asInt()) {
                    break;
                }
            }
        }
        return ids;
    }

    /** Attendances in Lisboa's monthly report, every row summed, as the manager reads it. */
    long reportedAttendances() {
        long total = 0;
        String from = Instant.now().minus(Duration.ofDays(40)).toString().substring(0, 10);
        for (JsonNode row : api.get(stack.url(stack.reportingPort()) + "/api/v1/reports/attendances/monthly?officeId=lisboa&from=" + from, MANAGER)) {
            String count = row.get("attendances").asString();
            if (!count.chars().allMatch(Character::isDigit)) {
                throw new IllegalStateException("a suppressed cell (" + count + ") in the report: the totals cannot be compared");
            }
            total += Long.parseLong(count);
        }
        return total;
    }

    /**
     * Referrals whose status on the case page (case-service's copy, from referral-events) differs from
     * referral-service's own, over every referral of this run's cases, with the two statuses.
     */
    Map<String, String> timelineDifferences() {
        Map<String, String> differences = new HashMap<>();
        for (String caseId : cases) {
            Map<String, String> onTimeline = new HashMap<>();
            api.get(stack.url(stack.casePort()) + "/api/v1/cases/" + caseId, TECHNICIAN).get("referrals")
                    .forEach(r -> onTimeline.put(r.get("referralId").asString(), r.get("status").asString()));
            for (JsonNode referral : api.get(stack.url(stack.referralPort()) + "/api/v1/referrals?size=200&caseId=" + caseId, TECHNICIAN).get("items")) {
                String id = referral.get("id").asString();
                String status = referral.get("status").asString();
                if (!status.equals(onTimeline.get(id))) {
                    differences.put(id, status + " at referral-service, " + onTimeline.get(id) + " on the case timeline");
                }
            }
        }
        return differences;
    }

    /** Asks {@code done} every half second until it holds or {@code patience} ran out; says whether it held. */
    static boolean within(Duration patience, BooleanSupplier done) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (done.getAsBoolean()) {
                    return true;
                }
            } catch (RuntimeException notAnsweringYet) {
                // A part still starting: ask again.
            }
            pause(500);
        }
        return false;
    }

    private HttpRequest attendance(String caseId, String token) {
        return HttpRequest.newBuilder(URI.create(stack.url(stack.casePort()) + "/api/v1/cases/" + caseId + "/attendances"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"occurredAt": "%s", "channel": "IN_PERSON", "areas": ["LEGAL_STATUS"], "durationMinutes": 30,
                         "summary": "Pedido de informação sobre a renovação da autorização de residência"}"""
                        .formatted(Instant.now().minusSeconds(5)))).build();
    }

    static void pause(long millis) {
        try {
            TimeUnit.MILLISECONDS.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
