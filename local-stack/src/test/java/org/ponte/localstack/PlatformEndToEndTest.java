package org.ponte.localstack;

import com.sun.net.httpserver.HttpServer;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ponte.testsupport.EventProbe;
import tools.jackson.databind.JsonNode;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The platform as separate processes on free ports (a real Kafka broker, the store, the SMTP server, the
 * authorization server, the five services, the front end), driven only through HTTP with real tokens: a person is
 * registered, supported and referred; the partner learns of it by webhook and e-mail, accepts and completes;
 * the technician sees the outcome on the case; the plan counts the new attendances and person; and no event
 * on any topic carries the person's name, phone or e-mail.
 */
class PlatformEndToEndTest {

    static Path DATA;
    static Platform PLATFORM;

    @BeforeAll
    static void start() {
        PLATFORM = SharedPlatform.get();
        DATA = SharedPlatform.data();
    }

    @Test
    void aPersonIsSupportedReferredAndTheLoopClosesAcrossTheRealProcesses() throws Exception {
        StackConfig c = PLATFORM.config();
        Api api = new Api(c.issuer());
        long attendancesBefore = actual(api, c, "ATTENDANCES");
        long peopleBefore = actual(api, c, "BENEFICIARIES_SUPPORTED");
        String unique = UUID.randomUUID().toString().substring(0, 6);
        String name = "Nadia Haddad " + unique;
        String phone = "+351 913 " + unique.hashCode() % 1000 + " 777";
        String email = "nadia." + unique + "@example.org";

        SharedPlatform.ensurePartnerOne(api);
        List<Map<String, String>> webhooks = new CopyOnWriteArrayList<>();
        HttpServer receiver = receiver(webhooks);
        String secret = api.post(c.url(c.notificationPort()) + "/api/v1/webhook-endpoints", "demo-partner-1",
                Map.of("url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks"), 201).get("secret").asString();

        String person = api.post(c.url(c.casePort()) + "/api/v1/beneficiaries", "demo-technician-lisboa", Map.of("fullName", name,
                "dateOfBirth", "1988-02-29", "sex", "FEMALE", "nationality", "MA", "preferredLanguage", "pt", "phone", phone,
                "email", email, "consent", Map.of("dataProcessing", true, "shareWithPartners", true)), 201).get("id").asString();
        String caseId = api.post(c.url(c.casePort()) + "/api/v1/cases", "demo-technician-lisboa",
                Map.of("beneficiaryId", person, "areas", List.of("EMPLOYMENT_AND_ENTREPRENEURSHIP")), 201).get("id").asString();
        for (int i = 1; i <= 2; i++) {
            api.post(c.url(c.casePort()) + "/api/v1/cases/" + caseId + "/attendances", "demo-technician-lisboa", Map.of(
                    "occurredAt", Instant.now().minus(i, ChronoUnit.HOURS).toString(), "channel", "IN_PERSON",
                    "areas", List.of("EMPLOYMENT_AND_ENTREPRENEURSHIP"), "durationMinutes", 40,
                    "summary", "Procura trabalho como cozinheira; " + name), 201);
        }
        JsonNode referral = api.post(c.url(c.referralPort()) + "/api/v1/referrals", "demo-technician-lisboa", Map.of("caseId", caseId,
                "partnerId", "partner-1", "area", "EMPLOYMENT_AND_ENTREPRENEURSHIP", "priority", "URGENT",
                "reason", "Cozinheira com experiência"), 201);
        String referralId = referral.get("id").asString();
        String reference = referral.get("referenceNumber").asString();

        await().atMost(Duration.ofSeconds(60)).until(() -> !webhooks.isEmpty());
        Map<String, String> call = webhooks.get(0);
        assertThat(call.get("webhook-signature")).isEqualTo(sign(secret, call.get("webhook-id"), call.get("webhook-timestamp"), call.get("body")));
        assertThat(call.get("body")).contains(referralId).contains(reference).doesNotContain(name).doesNotContain(email);
        await().atMost(Duration.ofSeconds(60)).until(() -> mailMentioning(reference) != null);
        assertThat(mailMentioning(reference)).contains("/referrals/" + referralId).doesNotContain(name).doesNotContain(email);

        String partnerApi = c.url(c.referralPort()) + "/api/v1/referrals/" + referralId;
        api.post(partnerApi + "/accept", "demo-partner-1", Map.of("note", "Entrevista marcada"), 200);
        api.post(partnerApi + "/complete", "demo-partner-1", Map.of("outcome", "SERVICE_PROVIDED"), 200);
        await().atMost(Duration.ofSeconds(60)).until(() -> "COMPLETED".equals(
                api.get(c.url(c.casePort()) + "/api/v1/cases/" + caseId, "demo-technician-lisboa").at("/referrals/0/status").asString("")));

        await().atMost(Duration.ofSeconds(60)).until(() -> actual(api, c, "ATTENDANCES") == attendancesBefore + 2
                && actual(api, c, "BENEFICIARIES_SUPPORTED") == peopleBefore + 1);

        try (AdminClient admin = AdminClient.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, PLATFORM.kafkaBootstrapServers()));
             EventProbe everything = new EventProbe(PLATFORM.kafkaBootstrapServers(), admin.listTopics().names().get().toArray(String[]::new))) {
            await().atMost(Duration.ofSeconds(30)).until(() -> everything.records().stream().anyMatch(r -> referralId.equals(r.key())));
            // Read every partition of every topic to the end it has now, so that no record escapes the check.
            Map<TopicPartition, Long> ends = new HashMap<>();
            for (TopicDescription topic : admin.describeTopics(admin.listTopics().names().get()).allTopicNames().get().values()) {
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                topic.partitions().forEach(p -> latest.put(new TopicPartition(topic.name(), p.partition()), OffsetSpec.latest()));
                admin.listOffsets(latest).all().get().forEach((partition, end) -> ends.put(partition, end.offset()));
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> ends.entrySet().stream().allMatch(end -> end.getValue() == 0
                    || everything.records().stream().anyMatch(r -> r.topic().equals(end.getKey().topic())
                    && r.partition() == end.getKey().partition() && r.offset() >= end.getValue() - 1)));
            List<ConsumerRecord<String, byte[]>> records = everything.records();
            assertThat(records).hasSizeGreaterThan(10);
            for (ConsumerRecord<String, byte[]> record : records) {
                StringBuilder text = new StringBuilder(new String(record.value(), StandardCharsets.UTF_8));
                record.headers().forEach(header -> text.append('\n').append(header.key()).append('=')
                        .append(new String(header.value(), StandardCharsets.UTF_8)));
                assertThat(text.toString()).as(record.topic()).doesNotContain(name).doesNotContain(phone).doesNotContain(email);
            }
        }
        receiver.stop(0);
    }

    /**
     * Ready means able to serve: referral-service, started again while a case was opened, says it is up only once its
     * replica of the cases has caught up, so a referral for that case made the moment it is up is accepted.
     */
    /**
     * One attendance, one trace: the technician's request (with a W3C traceparent, as a traced front end or gateway
     * sends it) is a span of case-service; the event carries the trace through the outbox and Kafka; reporting-service's
     * application of it is a span of the same trace, child of one of case-service's. Every service exports its spans
     * over OTLP to a collector in this JVM.
     */
    @Test
    void oneAttendanceIsOneTraceFromTheRequestThroughKafkaToTheReports() throws Exception {
        StackConfig c = PLATFORM.config();
        Api api = new Api(c.issuer());
        String person = api.post(c.url(c.casePort()) + "/api/v1/beneficiaries", "demo-technician-lisboa", Map.of("fullName",
                "Idris Okafor " + UUID.randomUUID().toString().substring(0, 6), "dateOfBirth", "1993-05-02", "sex", "MALE", "nationality", "NG",
                "consent", Map.of("dataProcessing", true, "shareWithPartners", false)), 201).get("id").asString();
        String caseId = api.post(c.url(c.casePort()) + "/api/v1/cases", "demo-technician-lisboa",
                Map.of("beneficiaryId", person, "areas", List.of("HOUSING")), 201).get("id").asString();
        String traceId = UUID.randomUUID().toString().replace("-", "");

        HttpResponse<String> recorded = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(c.url(c.casePort()) + "/api/v1/cases/" + caseId + "/attendances"))
                .header("Authorization", "Bearer " + api.token("demo-technician-lisboa")).header("Content-Type", "application/json")
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .POST(HttpRequest.BodyPublishers.ofString("{\"occurredAt\": \"" + Instant.now().minusSeconds(60)
                        + "\", \"channel\": \"PHONE\", \"areas\": [\"HOUSING\"], \"durationMinutes\": 20}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);

        OtlpCollector traces = SharedPlatform.traces();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(traces.spansOf(traceId))
                .extracting(OtlpCollector.ReceivedSpan::service).contains("case-service", "reporting-service"));
        List<OtlpCollector.ReceivedSpan> trace = traces.spansOf(traceId);
        OtlpCollector.ReceivedSpan request = trace.stream().filter(span -> span.service().equals("case-service") && span.kind().equals("SPAN_KIND_SERVER"))
                .findFirst().orElseThrow(() -> new AssertionError("no server span of case-service in " + trace));
        assertThat(request.parentSpanId()).as("the caller's span is the request's parent").isEqualTo("00f067aa0ba902b7");
        OtlpCollector.ReceivedSpan applied = trace.stream().filter(span -> span.service().equals("reporting-service")).findFirst().orElseThrow();
        assertThat(applied.name()).contains("AttendanceRecorded");
        assertThat(applied.kind()).isEqualTo("SPAN_KIND_CONSUMER");
        assertThat(trace).as("reporting-service's span is a child of one of case-service's in this trace")
                .anyMatch(span -> span.service().equals("case-service") && span.spanId().equals(applied.parentSpanId()));
    }

    @Test
    void aServiceThatSaysItIsUpKnowsWhatHappenedWhileItWasDown() {
        StackConfig c = PLATFORM.config();
        Api api = new Api(c.issuer());
        SharedPlatform.ensurePartnerOne(api);
        String person = api.post(c.url(c.casePort()) + "/api/v1/beneficiaries", "demo-technician-lisboa", Map.of("fullName",
                "Olena Kovalenko " + UUID.randomUUID().toString().substring(0, 6), "dateOfBirth", "1991-05-04", "sex", "FEMALE",
                "nationality", "UA", "preferredLanguage", "uk", "consent", Map.of("dataProcessing", true, "shareWithPartners", true)), 201)
                .get("id").asString();

        PLATFORM.stop("referral-service");
        String caseId = api.post(c.url(c.casePort()) + "/api/v1/cases", "demo-technician-lisboa",
                Map.of("beneficiaryId", person, "areas", List.of("EMPLOYMENT_AND_ENTREPRENEURSHIP")), 201).get("id").asString();
        PLATFORM.restart("referral-service");

        api.post(c.url(c.referralPort()) + "/api/v1/referrals", "demo-technician-lisboa", Map.of("caseId", caseId,
                "partnerId", "partner-1", "area", "EMPLOYMENT_AND_ENTREPRENEURSHIP", "priority", "ROUTINE", "reason", "Procura emprego"), 201);
    }

    @Test
    void theOfficesProgrammeCountsTowardsTheDefaultPlanThroughThePublicApisAlone() {
        StackConfig c = PLATFORM.config();
        Api api = new Api(c.issuer());
        Map<String, Long> before = new HashMap<>();
        for (String code : List.of("TECHNICIAN_TRAINING_HOURS", "AWARENESS_ACTIONS", "NETWORK_MEETINGS", "GUIDES_PUBLISHED",
                "BENEFICIARIES_SUPPORTED")) {
            before.put(code, actual(api, c, code));
        }
        String person = api.post(c.url(c.casePort()) + "/api/v1/beneficiaries", "demo-technician-lisboa", Map.of("fullName",
                "Amadou Baldé " + UUID.randomUUID().toString().substring(0, 6), "dateOfBirth", "1979-11-02", "sex", "MALE",
                "nationality", "GW", "preferredLanguage", "pt", "consent", Map.of("dataProcessing", true, "shareWithPartners", false)), 201)
                .get("id").asString();
        String activities = c.url(c.programmePort()) + "/api/v1/activities";
        Instant lastWeek = Instant.now().minus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);

        heldActivity(api, activities, "TECHNICIAN_TRAINING", lastWeek, 180, Map.of("staffIds", List.of("ana.lisboa", "bruno.lisboa")));
        heldActivity(api, activities, "AWARENESS_ACTION", lastWeek, 90, Map.of("beneficiaryIds", List.of(person),
                "anonymousParticipants", Map.of("COMMUNITY", 25)));
        heldActivity(api, activities, "NETWORK_MEETING", lastWeek, 120, Map.of("anonymousParticipants", Map.of("TECHNICIANS", 9)));
        String resources = c.url(c.programmePort()) + "/api/v1/resources";
        String guide = api.post(resources, "demo-technician-lisboa", Map.of("officeId", "lisboa", "type", "GUIDE", "audience", "MIGRANTS",
                "areas", List.of("HOUSING"), "titles", Map.of("pt", "Guia do arrendamento", "en", "Renting a home"),
                "summaries", Map.of("pt", "Contratos, cauções e direitos.", "en", "Leases, deposits and rights.")), 201).get("id").asString();
        api.put(resources + "/" + guide + "/files/pt", "demo-technician-lisboa", "application/pdf",
                "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII), 200);
        api.post(resources + "/" + guide + "/publish", "demo-technician-lisboa", Map.of(), 200);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(actual(api, c, "TECHNICIAN_TRAINING_HOURS")).isEqualTo(before.get("TECHNICIAN_TRAINING_HOURS") + 3);
            assertThat(actual(api, c, "AWARENESS_ACTIONS")).isEqualTo(before.get("AWARENESS_ACTIONS") + 1);
            assertThat(actual(api, c, "NETWORK_MEETINGS")).isEqualTo(before.get("NETWORK_MEETINGS") + 1);
            assertThat(actual(api, c, "GUIDES_PUBLISHED")).isEqualTo(before.get("GUIDES_PUBLISHED") + 1);
            assertThat(actual(api, c, "BENEFICIARIES_SUPPORTED")).as("a person who only took part in an activity")
                    .isEqualTo(before.get("BENEFICIARIES_SUPPORTED") + 1);
        });

        api.post(resources + "/" + guide + "/withdraw", "demo-technician-lisboa", Map.of(), 200);
        await().atMost(Duration.ofSeconds(60)).until(() -> actual(api, c, "GUIDES_PUBLISHED") == before.get("GUIDES_PUBLISHED"));
    }

    /**
     * What falls due, through the public APIs: a permit ending in ten days is on the office's deadlines and warns the
     * office once, at its 15-day step, in its technicians' inbox; an appointment tomorrow reminds the person who
     * consented, in Arabic, and no one who did not, even when case-service, which gives the address, was away when
     * the reminder was due.
     */
    @Test
    void deadlinesWarnTheOfficeAndRemindThePersonInTheirLanguageOnceCaseServiceIsBack() throws Exception {
        StackConfig c = PLATFORM.config();
        Api api = new Api(c.issuer());
        String mark = UUID.randomUUID().toString().substring(0, 6);
        String salmasAddress = "salma." + mark + "@example.org";
        String salma = api.post(c.url(c.casePort()) + "/api/v1/beneficiaries", "demo-technician-lisboa", Map.of("fullName", "Salma Haddad " + mark,
                "dateOfBirth", "1990-07-14", "sex", "FEMALE", "nationality", "MA", "preferredLanguage", "ar", "email", salmasAddress,
                "consent", Map.of("dataProcessing", true, "shareWithPartners", false, "contactByMessage", true)), 201).get("id").asString();
        String karimsAddress = "karim." + mark + "@example.org";
        String karim = api.post(c.url(c.casePort()) + "/api/v1/beneficiaries", "demo-technician-lisboa", Map.of("fullName", "Karim Haddad " + mark,
                "dateOfBirth", "1987-01-20", "sex", "MALE", "nationality", "MA", "preferredLanguage", "ar", "email", karimsAddress,
                "consent", Map.of("dataProcessing", true, "shareWithPartners", false)), 201).get("id").asString();
        String caseNumber = api.post(c.url(c.casePort()) + "/api/v1/cases", "demo-technician-lisboa",
                Map.of("beneficiaryId", salma, "areas", List.of("LEGAL_STATUS")), 201).get("caseNumber").asString();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Lisbon"));
        api.post(c.url(c.casePort()) + "/api/v1/beneficiaries/" + salma + "/legal-status", "demo-technician-lisboa", Map.of(
                "category", "RESIDENCE_PERMIT", "validFrom", today.minusYears(2).toString(), "validUntil", today.plusDays(10).toString(),
                "documentReference", "AR-" + mark), 201);

        assertThat(api.get(c.url(c.casePort()) + "/api/v1/deadlines?officeId=lisboa&withinDays=30&size=100", "demo-technician-lisboa")
                .get("items").values()).anySatisfy(item -> assertThat(item.get("caseNumber").asString()).isEqualTo(caseNumber));
        await().atMost(Duration.ofSeconds(60)).until(() -> officeNotificationsAbout(api, c, caseNumber) == 1);
        try (EventProbe caseEvents = new EventProbe(PLATFORM.kafkaBootstrapServers(), "case-events")) {
            caseEvents.await(org.ponte.events.cases.DeadlineApproaching.class, due -> due.beneficiaryId().equals(salma));
            await().during(Duration.ofSeconds(12)).atMost(Duration.ofSeconds(30)).until(() -> caseEvents.events().stream()
                    .filter(e -> e.data() instanceof org.ponte.events.cases.DeadlineApproaching due && due.beneficiaryId().equals(salma)).count() == 1);
            assertThat(officeNotificationsAbout(api, c, caseNumber)).as("one notification for the office's technicians").isEqualTo(1);

            PLATFORM.stop("notification-service");
            Instant tomorrow = today.plusDays(1).atTime(11, 0).atZone(ZoneId.of("Europe/Lisbon")).toInstant();
            for (String person : List.of(salma, karim)) {
                api.post(c.url(c.casePort()) + "/api/v1/beneficiaries/" + person + "/appointments", "demo-technician-lisboa",
                        Map.of("agency", "AIMA", "purpose", "Biometria", "at", tomorrow.toString(), "place", "Loja AIMA"), 201);
                caseEvents.await(org.ponte.events.cases.DeadlineApproaching.class, due -> due.beneficiaryId().equals(person) && due.at() != null);
            }
        }
        PLATFORM.stop("case-service");
        PLATFORM.restart("notification-service");
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> mailTo(salmasAddress) == null);
        PLATFORM.restart("case-service");

        await().atMost(Duration.ofSeconds(60)).until(() -> mailTo(salmasAddress) != null);
        jakarta.mail.internet.MimeMessage reminder = mailTo(salmasAddress);
        assertThat(reminder.getSubject()).contains("تذكير").contains("AIMA");
        assertThat(mailTo(karimsAddress)).as("no consent to be contacted").isNull();
    }

    private static long officeNotificationsAbout(Api api, StackConfig c, String caseNumber) {
        return api.get(c.url(c.notificationPort()) + "/api/v1/notifications?size=100", "demo-technician-lisboa").get("items").values().stream()
                .filter(n -> n.get("kind").asString().equals("DEADLINE_STATUS_EXPIRY") && n.get("subject").asString().contains(caseNumber)).count();
    }

    /** The e-mail the local mail store kept for this address, read as a mail reader would; null when there is none. */
    private static jakarta.mail.internet.MimeMessage mailTo(String address) throws Exception {
        Path mail = DATA.resolve("mail");
        if (!Files.exists(mail)) {
            return null;
        }
        try (Stream<Path> files = Files.list(mail)) {
            for (Path file : files.toList()) {
                if (Files.readString(file, StandardCharsets.ISO_8859_1).contains(address)) {
                    try (var in = Files.newInputStream(file)) {
                        return new jakarta.mail.internet.MimeMessage(jakarta.mail.Session.getInstance(new java.util.Properties()), in);
                    }
                }
            }
        }
        return null;
    }

    private static void heldActivity(Api api, String activities, String type, Instant at, int minutes, Map<String, Object> participants) {
        String id = api.post(activities, "demo-technician-lisboa", Map.of("officeId", "lisboa", "type", type, "title", type + " de teste",
                "areas", List.of("RECEPTION_AND_INTEGRATION"), "startsAt", at.toString(), "durationMinutes", minutes), 201).get("id").asString();
        Map<String, Object> held = new HashMap<>(participants);
        held.put("heldAt", at.toString());
        api.post(activities + "/" + id + "/held", "demo-technician-lisboa", held, 200);
    }

    /**
     * A stolen disk: the store's own file on it, read byte by byte once the person's case is in it, holds neither the
     * person's name, phone nor e-mail; the keys that would open them are elsewhere (the data folder's keys).
     */
    @Test
    void thePersonsDataIsNotReadableInTheStoresFile() {
        StackConfig c = PLATFORM.config();
        Api api = new Api(c.issuer());
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String name = "Yasmin Qadri " + unique;
        String phone = "+351 914 " + (Math.abs(unique.hashCode()) % 900 + 100) + " 555";
        String email = "yasmin." + unique + "@example.org";
        String person = api.post(c.url(c.casePort()) + "/api/v1/beneficiaries", "demo-technician-lisboa", Map.of("fullName", name,
                "dateOfBirth", "1991-07-14", "sex", "FEMALE", "nationality", "PK", "preferredLanguage", "en", "phone", phone,
                "email", email, "consent", Map.of("dataProcessing", true, "shareWithPartners", false)), 201).get("id").asString();
        String caseNumber = api.post(c.url(c.casePort()) + "/api/v1/cases", "demo-technician-lisboa",
                Map.of("beneficiaryId", person, "areas", List.of("HEALTH")), 201).get("caseNumber").asString();
        Path store = DATA.resolve("mongo").resolve("ponte.mv");

        await().atMost(Duration.ofSeconds(30)).until(() -> contains(store, caseNumber));

        assertThat(contains(store, person)).as("the person's record is in the file").isTrue();
        assertThat(contains(store, unique)).as("nothing of the name or e-mail").isFalse();
        assertThat(contains(store, phone)).as("nor the phone").isFalse();
        assertThat(contains(store, "Yasmin")).isFalse();
        assertThat(contains(store, "Qadri")).isFalse();
        assertThat(DATA.resolve("keys").resolve("master-key.json")).as("the keys, kept apart from the store").exists();
        assertThat(api.get(c.url(c.casePort()) + "/api/v1/beneficiaries/" + person, "demo-technician-lisboa").get("fullName").asString())
                .as("and the service still reads the person").isEqualTo(name);
    }

    private static boolean contains(Path file, String text) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            byte[] wanted = text.getBytes(StandardCharsets.UTF_8);
            outer:
            for (int i = 0; i <= bytes.length - wanted.length; i++) {
                for (int j = 0; j < wanted.length; j++) {
                    if (bytes[i + j] != wanted[j]) {
                        continue outer;
                    }
                }
                return true;
            }
            return false;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long actual(Api api, StackConfig c, String code) {
        for (JsonNode indicator : api.get(c.url(c.reportingPort()) + "/api/v1/plans/" + c.defaultPlanId() + "/progress", "demo-manager-lisboa")
                .get("indicators")) {
            if (indicator.get("code").asString().equals(code)) {
                return indicator.get("actual").asLong();
            }
        }
        return -1;
    }

    private static String mailMentioning(String text) throws IOException {
        Path mail = DATA.resolve("mail");
        if (!Files.exists(mail)) {
            return null;
        }
        try (Stream<Path> files = Files.list(mail)) {
            for (Path file : files.toList()) {
                String content = Files.readString(file);
                if (content.contains(text)) {
                    return content;
                }
            }
        }
        return null;
    }

    private static HttpServer receiver(List<Map<String, String>> calls) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hooks", exchange -> {
            calls.add(Map.of("webhook-id", exchange.getRequestHeaders().getFirst("webhook-id"),
                    "webhook-timestamp", exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                    "webhook-signature", exchange.getRequestHeaders().getFirst("webhook-signature"),
                    "body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        return server;
    }

    /** Standard Webhooks, as a partner would check it with nothing but the JDK. */
    private static String sign(String secret, String id, String timestamp, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        return "v1," + Base64.getEncoder().encodeToString(mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
    }

}
