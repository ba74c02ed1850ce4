package org.ponte.localstack;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ponte.events.Topics;
import org.ponte.localstack.OpenApiOperations.Operation;
import org.ponte.localstack.OpenApiOperations.Parameter;
import org.ponte.testsupport.RawHttp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.BiConsumer;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Ponte as outsiders meet it, generated from the five services' own OpenAPI documents: malformed variants of every
 * operation (wrong types, nulls in lists, missing and oversized fields, broken JSON, odd content types, bad
 * encodings in paths and queries, raw bytes in headers), and every operation tried by the other office, another
 * partner and no one on one office's person, case, attendance, session, referral, activity and draft guide. Nothing answers 5xx, every
 * refusal is problem+json, a refused change changes nothing, and no answer names the person or their numbers.
 */
class OutsideInTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    static Platform platform;
    static StackConfig c;
    static Api api;
    /** Lisboa's ids by the names requests give them; the OpenAPI operations fill requests from it. */
    static final Map<String, String> ids = new HashMap<>();
    /** What only Lisboa's technicians (and the partner the person was referred to) may read. */
    static List<String> secrets;

    @BeforeAll
    static void platform() {
        platform = SharedPlatform.get();
        c = platform.config();
        api = new Api(c.issuer());
        SharedPlatform.ensurePartnerOne(api);
    }

    /** Lisboa's person, case, attendance, session and referral to partner-1, new for each test. */
    @BeforeEach
    void lisboa() {
        String mark = UUID.randomUUID().toString().substring(0, 8);
        String name = "Amina Diallo " + mark;
        String phone = "+351 912 " + String.format("%03d", Math.floorMod(mark.hashCode(), 1000)) + " 111";
        String email = "amina." + mark + "@example.org";
        String person = api.post(c.url(c.casePort()) + "/api/v1/beneficiaries", "demo-technician-lisboa", Map.of("fullName", name,
                "dateOfBirth", "1990-01-15", "sex", "FEMALE", "nationality", "SN", "preferredLanguage", "fr", "phone", phone,
                "email", email, "consent", Map.of("dataProcessing", true, "shareWithPartners", true)), 201).get("id").asString();
        JsonNode opened = api.post(c.url(c.casePort()) + "/api/v1/cases", "demo-technician-lisboa",
                Map.of("beneficiaryId", person, "areas", List.of("EMPLOYMENT_AND_ENTREPRENEURSHIP")), 201);
        String caseId = opened.get("id").asString();
        api.post(c.url(c.casePort()) + "/api/v1/cases/" + caseId + "/attendances", "demo-technician-lisboa", Map.of(
                "occurredAt", Instant.now().minus(2, ChronoUnit.HOURS).toString(), "channel", "IN_PERSON",
                "areas", List.of("EMPLOYMENT_AND_ENTREPRENEURSHIP"), "durationMinutes", 30, "summary", "Resumo " + mark), 201);
        String session = api.post(c.url(c.casePort()) + "/api/v1/mentoring-sessions", "demo-technician-lisboa", Map.of(
                "kind", "INDIVIDUAL", "caseIds", List.of(caseId), "area", "EMPLOYMENT_AND_ENTREPRENEURSHIP",
                "occurredAt", Instant.now().minus(1, ChronoUnit.HOURS).toString(), "durationMinutes", 45, "topic", "Tema " + mark), 201)
                .get("id").asString();
        JsonNode referral = api.post(c.url(c.referralPort()) + "/api/v1/referrals", "demo-technician-lisboa", Map.of("caseId", caseId,
                "partnerId", "partner-1", "area", "EMPLOYMENT_AND_ENTREPRENEURSHIP", "priority", "ROUTINE", "reason", "Motivo " + mark), 201);
        String activities = c.url(c.programmePort()) + "/api/v1/activities";
        String activity = api.post(activities, "demo-technician-lisboa", Map.of("officeId", "lisboa", "type", "AWARENESS_ACTION",
                "title", "Ação " + mark, "areas", List.of("HOUSING"), "place", "Sala " + mark,
                "startsAt", Instant.now().minus(3, ChronoUnit.HOURS).toString(), "durationMinutes", 60), 201).get("id").asString();
        api.post(activities + "/" + activity + "/held", "demo-technician-lisboa", Map.of("heldAt", Instant.now().minus(3, ChronoUnit.HOURS)
                .toString(), "beneficiaryIds", List.of(person), "anonymousParticipants", Map.of("COMMUNITY", 12)), 200);
        String draft = api.post(c.url(c.programmePort()) + "/api/v1/resources", "demo-technician-lisboa", Map.of("officeId", "lisboa",
                "type", "GUIDE", "audience", "MIGRANTS", "titles", Map.of("pt", "Rascunho " + mark, "en", "Draft " + mark),
                "summaries", Map.of("pt", "Resumo", "en", "Summary")), 201).get("id").asString();
        ids.clear();
        ids.putAll(Map.of("activities/id", activity, "resources/id", draft, "lang", "pt"));
        ids.putAll(Map.of("caseId", caseId, "beneficiaryId", person, "referralId", referral.get("id").asString(),
                "partnerId", "partner-1", "officeId", "lisboa", "planId", c.defaultPlanId(), "sessionId", session));
        ids.putAll(Map.of("cases/id", caseId, "beneficiaries/id", person, "referrals/id", referral.get("id").asString(),
                "partners/id", "partner-1", "plans/id", c.defaultPlanId(), "mentoring-sessions/id", session));
        secrets = List.of(name, phone, email, mark, opened.get("caseNumber").asString(), referral.get("referenceNumber").asString());
    }

    @Test
    void malformedVariantsOfEveryOperationAreRefusedAsProblemsAndChangeNothing() {
        String admin = "Authorization: Bearer " + api.token("demo-admin") + "\r\n";
        Map<String, Long> eventsBefore = quietEventCounts();
        String lisboaBefore = lisboaAsItsTechnicianSeesIt();
        List<String> findings = new ArrayList<>();
        int sent = 0;
        for (Operation operation : operations()) {
            for (Attempt attempt : malformed(operation, admin)) {
                RawHttp.Answer answer = RawHttp.send(operation.port(), attempt.head(), attempt.body());
                sent++;
                String finding = judge(attempt, answer, attempt.mustBeRefused());
                if (finding != null) {
                    findings.add(finding);
                }
            }
        }

        System.out.printf("outside-in: %d malformed requests over %d operations, %d findings%n", sent, operations().size(), findings.size());
        assertThat(findings).as("of " + sent + " malformed requests").isEmpty();
        assertThat(sent).isGreaterThan(1000);
        assertThat(quietEventCounts()).as("no event from a refused request").isEqualTo(eventsBefore);
        assertThat(lisboaAsItsTechnicianSeesIt()).isEqualTo(lisboaBefore);
    }

    @Test
    void everyOtherPartyIsRefusedEveryOperationOnOneOfficesPersonAndLearnsNothingOfThem() {
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("the other office's technician", "Authorization: Bearer " + api.token("demo-technician-porto") + "\r\n");
        callers.put("another partner", "Authorization: Bearer " + api.token("demo-partner-2") + "\r\n");
        callers.put("the network's coordinator", "Authorization: Bearer " + api.token("demo-coordinator") + "\r\n");
        callers.put("no one", "");
        callers.put("a forged token", "Authorization: Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiJ9.\r\n");
        String lisboaBefore = lisboaAsItsTechnicianSeesIt();
        assertThat(lisboaBefore).as("what the others must not learn, as Lisboa sees it").contains(secrets.get(0), secrets.get(1));
        Map<String, Integer> refusals = new TreeMap<>();
        List<String> findings = new ArrayList<>();
        int sent = 0;
        for (Operation operation : operations()) {
            OpenApiOperations document = operation.document();
            String target = target(operation, document.path(operation, null, null), document.query(operation, null, null));
            byte[] body = operation.body() == null ? null : json(document.plausible(operation.body(), "body", 0));
            for (Map.Entry<String, String> caller : callers.entrySet()) {
                Attempt attempt = new Attempt(caller.getKey() + ": " + operation.method() + " " + target,
                        requestHead(operation.method(), target, caller.getValue(), body == null ? "" : "Content-Type: application/json\r\n"),
                        body, false);
                RawHttp.Answer answer = RawHttp.send(operation.port(), attempt.head(), body);
                sent++;
                if (answer.status() >= 400) {
                    refusals.merge(caller.getKey(), 1, Integer::sum);
                }
                String finding = judge(attempt, answer, false);
                boolean anonymous = caller.getValue().isEmpty() || caller.getKey().equals("a forged token");
                if (finding == null && anonymous && answer.status() != 401) {
                    finding = attempt.what() + " → " + answer + " (not 401)";
                }
                for (String secret : secrets) {
                    if (finding == null && answer.body().contains(secret)) {
                        finding = attempt.what() + " → " + answer.status() + " names " + secret;
                    }
                }
                if (finding != null) {
                    findings.add(finding);
                }
            }
        }

        System.out.printf("outside-in: %d requests by other parties over %d operations, refusals %s, %d findings%n", sent,
                operations().size(), refusals, findings.size());
        assertThat(findings).as("of " + sent + " requests").isEmpty();
        assertThat(refusals).as("refusals of " + operations().size() + " operations by caller")
                .containsEntry("no one", operations().size()).containsEntry("a forged token", operations().size())
                .hasEntrySatisfying("the other office's technician", n -> assertThat(n).isGreaterThan(operations().size() / 2))
                .hasEntrySatisfying("another partner", n -> assertThat(n).isGreaterThan(operations().size() / 2))
                .hasEntrySatisfying("the network's coordinator", n -> assertThat(n).isGreaterThan(operations().size() / 2));
        assertThat(lisboaAsItsTechnicianSeesIt()).as("nothing of Lisboa's changed").isEqualTo(lisboaBefore);
    }

    // --- what is sent ----------------------------------------------------------------------------------------------

    record Attempt(String what, String head, byte[] body, boolean mustBeRefused) {
    }

    private static List<Operation> all;

    private static List<Operation> operations() {
        if (all == null) {
            all = new ArrayList<>();
            Map<String, Integer> services = new LinkedHashMap<>();
            services.put("case-service", c.casePort());
            services.put("referral-service", c.referralPort());
            services.put("notification-service", c.notificationPort());
            services.put("reporting-service", c.reportingPort());
            services.put("programme-service", c.programmePort());
            services.forEach((service, port) -> {
                RawHttp.Answer doc = RawHttp.send(port, "GET /v3/api-docs HTTP/1.1\r\n", null);
                assertThat(doc.status()).as(service + " OpenAPI document").isEqualTo(200);
                all.addAll(new OpenApiOperations(Api.JSON.readTree(doc.body()), ids).operations(service, port));
            });
            assertThat(all).as("operations in the five OpenAPI documents").hasSizeGreaterThan(50);
        }
        return all;
    }

    /**
     * The malformed variants of one operation. A variant of a change carries a defect in what the operation reads, so
     * it must be refused; a variant of a read may be answered (a search for odd text is still a search), but never
     * with a 5xx or a refusal that is not a problem.
     */
    private List<Attempt> malformed(Operation operation, String auth) {
        OpenApiOperations operations = operation.document();
        List<Attempt> attempts = new ArrayList<>();
        String path = operations.path(operation, null, null);
        String query = operations.query(operation, null, null);
        boolean change = !operation.reads();
        String json = "Content-Type: application/json\r\n";
        byte[] broken = "{\"".getBytes(StandardCharsets.UTF_8);
        byte[] plausibleBody = operation.body() == null ? null : json(operations.plausible(operation.body(), "body", 0));
        // What makes a change's non-body variants certain to be refused, where it has a body to break.
        byte[] brokenIfAny = operation.body() == null ? null : broken;
        String contentIfAny = operation.body() == null ? "" : json;

        for (Parameter p : operation.parameters()) {
            if (p.in().equals("path")) {
                for (String bad : List.of("%00", "%zz", "..%2F..%2Fx", "a;b=c", "%E2%80%AE", "a".repeat(300), "%F0%28%8C%28")) {
                    String target = target(operation, operations.path(operation, p.name(), bad), query);
                    attempts.add(new Attempt("path " + p.name() + "=" + abbreviated(bad) + " " + operation.label(),
                            requestHead(operation.method(), target, auth, contentIfAny), brokenIfAny, change));
                }
            } else if (p.in().equals("query")) {
                // Undecodable, or not of the parameter's type: refused by any operation. Odd but decodable text is a
                // defect only where the operation has a body to break.
                Map<String, Boolean> bad = new LinkedHashMap<>();
                bad.put("%zz", change);
                bad.put("%C3%28", change);
                if (!operations.type(p.schema()).equals("string") || operations.resolve(p.schema()).has("enum")
                        || operations.resolve(p.schema()).has("format")) {
                    bad.put("not-a-" + operations.type(p.schema()), change);
                }
                if (!change || operation.body() != null) {
                    bad.put("%00", change);
                    bad.put("x%0d%0ay", change);
                }
                if (!change) {
                    bad.put("a".repeat(10_000), false);
                }
                bad.forEach((value, refused) -> {
                    String target = target(operation, path, operations.query(operation, p.name(), value));
                    attempts.add(new Attempt("query " + p.name() + "=" + abbreviated(value) + " " + operation.label(),
                            requestHead(operation.method(), target, auth, contentIfAny), brokenIfAny, refused));
                });
            }
        }
        String target = target(operation, path, query);
        attempts.add(new Attempt("undecodable query " + operation.label(),
                requestHead(operation.method(), target + (target.contains("?") ? "&" : "?") + "%zz=%G0", auth, contentIfAny), brokenIfAny, change));
        List<String> headers = new ArrayList<>(List.of("Accept-Language: pt-€\r\n", "If-Match: \"€\"\r\n",
                "X-Correlation-Id: " + "c".repeat(10_000) + "\r\n"));
        if (operation.method().equals("POST")) {
            headers.add("Idempotency-Key: two words\r\n");
        }
        for (String header : headers) {
            attempts.add(new Attempt(header.substring(0, Math.min(header.length(), 30)).trim() + " " + operation.label(),
                    requestHead(operation.method(), target, auth + header, contentIfAny), brokenIfAny, change));
        }
        attempts.add(new Attempt("a forged token " + operation.label(), requestHead(operation.method(), target,
                "Authorization: Bearer not.a.token\r\n", contentIfAny), plausibleBody, true));
        if (plausibleBody == null) {
            return attempts;
        }

        for (String type : List.of("text/plain", "application/xml", "multipart/form-data", "application/x-www-form-urlencoded",
                "application/json; charset=nonsense")) {
            attempts.add(new Attempt("Content-Type " + type + " " + operation.label(),
                    requestHead(operation.method(), target, auth, "Content-Type: " + type + "\r\n"), plausibleBody, true));
        }
        // No body is a defect only where the body and some of its fields are required; elsewhere it is a plain request.
        if (operation.bodyRequired() && !operation.body().path("required").isEmpty()) {
            for (String body : List.of("", "null")) {
                attempts.add(new Attempt("body " + abbreviated(body) + " " + operation.label(), requestHead(operation.method(), target,
                        auth, json), body.getBytes(StandardCharsets.UTF_8), true));
            }
        }
        for (String body : List.of("{\"", "{}}", "{} {}", "[]", "\"x\"", "[".repeat(5_000) + "]".repeat(5_000),
                "{\"a\":" + "9".repeat(5_000) + "}")) {
            attempts.add(new Attempt("body " + abbreviated(body) + " " + operation.label(), requestHead(operation.method(), target,
                    auth, json), body.getBytes(StandardCharsets.UTF_8), true));
        }
        JsonNode plausible = operations.plausible(operation.body(), "body", 0);
        if (plausible instanceof ObjectNode object) {
            fieldVariants(operation, operations.resolve(operation.body()), object, "", (what, variant) -> attempts.add(new Attempt(
                    what + " " + operation.label(), requestHead(operation.method(), target, auth, json), json(variant), true)));
        }
        return attempts;
    }

    /** For each field (and each field of an object field): the wrong type, a null in a list, absent if required, too long. */
    private void fieldVariants(Operation operation, JsonNode schema, ObjectNode plausible, String prefix,
                               BiConsumer<String, JsonNode> variant) {
        OpenApiOperations operations = operation.document();
        JsonNode root = operations.plausible(operation.body(), "body", 0);
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asString()));
        schema.path("properties").properties().forEach(property -> {
            String name = property.getKey();
            JsonNode field = operations.resolve(property.getValue());
            String type = operations.type(field);
            String at = prefix + name;
            variant.accept(at + " of the wrong type", with(root, at, switch (type) {
                case "string" -> field.has("enum") ? NODES.stringNode("NOT_ONE_OF_THEM") : NODES.objectNode().put("x", 1);
                case "array" -> NODES.stringNode("x");
                default -> NODES.stringNode("x");
            }));
            if (type.equals("array")) {
                ArrayNode withNull = NODES.arrayNode();
                withNull.addNull();
                variant.accept(at + " with a null element", with(root, at, withNull));
            }
            if (required.contains(name)) {
                variant.accept(at + " absent", with(root, at, null));
            }
            if (type.equals("string") && field.has("maxLength")) {
                variant.accept(at + " too long", with(root, at, NODES.stringNode("x".repeat(field.get("maxLength").asInt() + 1))));
            }
            if ((type.equals("integer") || type.equals("number"))) {
                variant.accept(at + " beyond any number", with(root, at, NODES.numberNode(new BigInteger("9".repeat(40)))));
                if (field.has("maximum")) {
                    variant.accept(at + " above its maximum", with(root, at, NODES.numberNode(field.get("maximum").asLong() + 1)));
                }
            }
            if (type.equals("object") && prefix.isEmpty() && plausible.get(name) instanceof ObjectNode) {
                fieldVariants(operation, field, plausible, at + ".", variant);
            }
        });
    }

    /** A copy of {@code root} with the field at {@code dotted} set to {@code value}, or removed for null. */
    private static JsonNode with(JsonNode root, String dotted, JsonNode value) {
        ObjectNode copy = (ObjectNode) root.deepCopy();
        String[] names = dotted.split("\\.");
        ObjectNode parent = copy;
        for (int i = 0; i < names.length - 1; i++) {
            parent = (ObjectNode) parent.get(names[i]);
        }
        if (value == null) {
            parent.remove(names[names.length - 1]);
        } else {
            parent.set(names[names.length - 1], value);
        }
        return copy;
    }

    private static String target(Operation operation, String path, String query) {
        return query.isEmpty() ? path : path + "?" + query;
    }

    private static String requestHead(String method, String target, String headers, String contentType) {
        return method + " " + target + " HTTP/1.1\r\n" + headers + contentType;
    }

    private static byte[] json(JsonNode value) {
        return Api.JSON.writeValueAsBytes(value);
    }

    private static String abbreviated(String text) {
        return text.length() > 24 ? text.substring(0, 12) + "…(" + text.length() + ")" : text;
    }

    // --- what is judged --------------------------------------------------------------------------------------------

    /** A finding, or null: no 5xx, refusals as problems, and a refusal where one is due. */
    private static String judge(Attempt attempt, RawHttp.Answer answer, boolean mustBeRefused) {
        if (answer.status() >= 500) {
            return attempt.what() + " → " + answer;
        }
        if (answer.status() >= 400 && !answer.isProblem()) {
            return attempt.what() + " → " + answer + " (not a problem)";
        }
        if (mustBeRefused && answer.status() < 400) {
            return attempt.what() + " → " + answer + " (accepted)";
        }
        return null;
    }

    /** How many events each of the topics that record what people did holds, once no more are coming. */
    private static Map<String, Long> quietEventCounts() {
        AtomicReference<Map<String, Long>> last = new AtomicReference<>(Map.of());
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            Map<String, Long> now = eventCounts();
            return now.equals(last.getAndSet(now));
        });
        return last.get();
    }

    private static Map<String, Long> eventCounts() throws ExecutionException, InterruptedException {
        Map<String, Long> counts = new TreeMap<>();
        try (AdminClient admin = AdminClient.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafkaBootstrapServers()))) {
            List<String> topics = List.of(Topics.CASE_EVENTS, Topics.REFERRAL_EVENTS, Topics.PARTNER_DIRECTORY, Topics.PROGRAMME_EVENTS);
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (TopicDescription topic : admin.describeTopics(topics).allTopicNames().get().values()) {
                topic.partitions().forEach(p -> latest.put(new TopicPartition(topic.name(), p.partition()), OffsetSpec.latest()));
            }
            admin.listOffsets(latest).all().get().forEach((partition, end) -> counts.merge(partition.topic(), end.offset(), Long::sum));
        }
        return counts;
    }

    /** Lisboa's case as its technician sees it: status, attendances, sessions, referral and the person's consent. */
    private static String lisboaAsItsTechnicianSeesIt() {
        String cases = c.url(c.casePort()) + "/api/v1/";
        JsonNode aCase = api.get(cases + "cases/" + ids.get("caseId"), "demo-technician-lisboa");
        JsonNode person = api.get(cases + "beneficiaries/" + ids.get("beneficiaryId"), "demo-technician-lisboa");
        long attendances = api.get(cases + "cases/" + ids.get("caseId") + "/attendances", "demo-technician-lisboa").get("totalItems").asLong();
        int sessions = api.get(cases + "mentoring-sessions?caseId=" + ids.get("caseId"), "demo-technician-lisboa").size();
        String programme = c.url(c.programmePort()) + "/api/v1/";
        JsonNode activity = api.get(programme + "activities/" + ids.get("activities/id"), "demo-technician-lisboa");
        JsonNode draft = api.get(programme + "resources/" + ids.get("resources/id"), "demo-technician-lisboa");
        return String.join(" | ", aCase.get("status").asString(), aCase.path("referrals").toString(), "attendances " + attendances,
                "sessions " + sessions, person.path("fullName").asString(), person.path("consent").toString(),
                person.path("phone").asString(), person.path("email").asString(), activity.path("status").asString(),
                activity.path("revision").asString(), activity.path("participants").toString(), activity.path("title").asString(),
                draft.path("status").asString(), draft.path("titles").toString(), draft.path("files").toString());
    }
}
