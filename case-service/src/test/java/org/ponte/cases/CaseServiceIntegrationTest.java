package org.ponte.cases;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.ponte.events.EventEnvelope;
import org.ponte.events.EventType;
import org.ponte.events.PonteEvent;
import org.ponte.events.Topics;
import org.ponte.events.cases.AttendanceRecorded;
import org.ponte.events.cases.BeneficiaryErased;
import org.ponte.events.cases.BeneficiaryRegistered;
import org.ponte.events.cases.BeneficiaryUpdated;
import org.ponte.events.cases.CaseAssigned;
import org.ponte.events.cases.CaseClosed;
import org.ponte.events.cases.CaseOpened;
import org.ponte.events.cases.CaseReopened;
import org.ponte.events.cases.ConsentChanged;
import org.ponte.events.cases.MentoringSessionHeld;
import org.ponte.testsupport.EventContracts;
import org.ponte.testsupport.EventProbe;
import org.ponte.testsupport.HttpApi;
import org.ponte.events.KafkaEventRecords;
import org.ponte.testsupport.TestInfrastructure;
import org.ponte.testsupport.TestTokens;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ponte.cases.CaseServiceClient.anHourAgo;

/** case-service through its HTTP API and the real broker, as technicians and other services see it. */
class CaseServiceIntegrationTest extends CaseServiceTest {

    @Test
    void recordingAnAttendancePutsAttendanceRecordedOnTheTopicKeyedByTheCaseWithoutPersonalData() {
        String name = CaseServiceClient.uniqueName();
        String beneficiaryId = client.register(LISBOA, name, true);
        JsonNode aCase = client.openCase(LISBOA, beneficiaryId);
        String caseId = aCase.get("id").asString();
        assertThat(aCase.get("caseNumber").asString()).matches("LIS-" + Year.now() + "-\\d{6}");

        HttpApi.Response recorded = client.recordAttendance(LISBOA, caseId, 45, anHourAgo());

        assertThat(recorded.status()).isEqualTo(201);
        try (EventProbe probe = new EventProbe(TestInfrastructure.embedded(), Topics.CASE_EVENTS)) {
            EventEnvelope<AttendanceRecorded> event = probe.await(AttendanceRecorded.class, e -> e.caseId().equals(caseId));
            assertThat(event.data().durationMinutes()).isEqualTo(45);
            assertThat(event.data().profile().nationality()).isEqualTo("BR");
            assertThat(event.source()).isEqualTo("case-service");
            ConsumerRecord<String, byte[]> record = probe.awaitRecord(r -> event.eventId().toString().equals(ceId(r)));
            assertThat(record.key()).isEqualTo(caseId);
            assertThat(KafkaEventRecords.headers(record)).containsEntry("ce_type", "org.ponte.case.AttendanceRecorded")
                    .containsEntry("ce_specversion", "1.0").containsEntry("ce_subject", caseId).containsKey("ce_correlationid");
            EventContracts.assertMatchesSample(EventType.ATTENDANCE_RECORDED, record.value());

            for (ConsumerRecord<String, byte[]> any : probe.records()) {
                assertThat(new String(any.value(), StandardCharsets.UTF_8))
                        .doesNotContain(name).doesNotContain("912 345 678").doesNotContain("maria@example.org")
                        .doesNotContain("residence permit");
            }
        }
    }

    @Test
    void attendancesRecordedOnOneCaseAtTheSameMomentAreAllStored() throws Exception {
        String caseId = client.openCase(LISBOA, client.register(LISBOA, CaseServiceClient.uniqueName(), true)).get("id").asString();
        // More at once than any retry budget would absorb: recording an attendance must not contend on the case at all.
        int atOnce = 16;
        ExecutorService technicians = Executors.newFixedThreadPool(atOnce);
        try {
            List<Future<HttpApi.Response>> answers = new ArrayList<>();
            for (int i = 0; i < atOnce; i++) {
                answers.add(technicians.submit(() -> client.recordAttendance(LISBOA, caseId, 30, anHourAgo())));
            }
            for (Future<HttpApi.Response> answer : answers) {
                assertThat(answer.get().status()).as(answer.get().body()).isEqualTo(201);
            }
        } finally {
            technicians.shutdown();
        }
        assertThat(api.get("/api/v1/cases/" + caseId + "/attendances", LISBOA).json().get("items").values()).hasSize(atOnce);
    }

    @Test
    void anAttendanceRepeatedWithItsIdempotencyKeyIsRecordedOnceAndAnsweredAsTheFirstTime() {
        String caseId = client.openCase(LISBOA, client.register(LISBOA, CaseServiceClient.uniqueName(), true)).get("id").asString();
        String path = "/api/v1/cases/" + caseId + "/attendances";
        String attendance = """
                {"occurredAt": "%s", "channel": "PHONE", "areas": ["HOUSING"], "durationMinutes": 20}""".formatted(anHourAgo());
        String key = "\"" + UUID.randomUUID() + "\"";

        HttpApi.Response first = api.send(api.request(path, LISBOA).header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(attendance)));
        HttpApi.Response retried = api.send(api.request(path, LISBOA).header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(attendance)));
        HttpApi.Response anotherRequest = api.send(api.request(path, LISBOA).header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(attendance.replace("PHONE", "VIDEO"))));

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(retried.status()).isEqualTo(201);
        assertThat(retried.body()).isEqualTo(first.body());
        assertThat(retried.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retried.header("Idempotent-Replayed")).contains("true");
        assertThat(anotherRequest.status()).isEqualTo(422);
        assertThat(anotherRequest.json().get("type").asString()).isEqualTo("urn:ponte:problem:idempotency-key-reused");
        assertThat(api.get(path, LISBOA).json().get("items").values()).hasSize(1);
        assertThat(api.send(api.request(path, LISBOA).header("Content-Type", "application/json").header("Idempotency-Key", "key with spaces")
                .POST(HttpRequest.BodyPublishers.ofString(attendance))).status()).isEqualTo(400);
    }

    @Test
    void everyChangePublishesItsEventInTheShapeOfTheContract() {
        String beneficiaryId = client.register(LISBOA, CaseServiceClient.uniqueName(), true);
        String caseId = client.openCase(LISBOA, beneficiaryId).get("id").asString();
        String secondCase = client.openCase(LISBOA, client.register(LISBOA, CaseServiceClient.uniqueName(), false)).get("id").asString();

        assertThat(api.put("/api/v1/beneficiaries/" + beneficiaryId, LISBOA, CaseServiceClient.person("Maria Updated", true)).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/beneficiaries/" + beneficiaryId + "/consent", LISBOA,
                "{\"dataProcessing\": true, \"shareWithPartners\": false}").status()).isEqualTo(200);
        assertThat(api.post("/api/v1/cases/" + caseId + "/assign", LISBOA, "{\"technicianId\": \"bruno.lisboa\"}").status()).isEqualTo(200);
        assertThat(api.post("/api/v1/mentoring-sessions", LISBOA, """
                {"kind": "GROUP", "caseIds": ["%s", "%s"], "area": "EMPLOYMENT_AND_ENTREPRENEURSHIP",
                 "occurredAt": "%s", "durationMinutes": 90, "topic": "CV workshop"}""".formatted(caseId, secondCase, anHourAgo()))
                .status()).isEqualTo(201);
        assertThat(api.get("/api/v1/mentoring-sessions?caseId=" + secondCase, LISBOA).json().values())
                .as("the case's timeline reads its sessions").singleElement()
                .satisfies(session -> assertThat(session.get("topic").asString()).isEqualTo("CV workshop"));
        assertThat(api.get("/api/v1/mentoring-sessions?caseId=" + secondCase, TestTokens.technician("porto")).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/cases/" + caseId + "/close", LISBOA, "{\"reason\": \"OBJECTIVES_MET\"}").status()).isEqualTo(200);
        assertThat(api.post("/api/v1/cases/" + caseId + "/reopen", LISBOA, "{}").status()).isEqualTo(200);

        try (EventProbe probe = new EventProbe(TestInfrastructure.embedded(), Topics.CASE_EVENTS)) {
            assertContract(probe, EventType.BENEFICIARY_REGISTERED, BeneficiaryRegistered.class, e -> e.beneficiaryId().equals(beneficiaryId));
            assertContract(probe, EventType.BENEFICIARY_UPDATED, BeneficiaryUpdated.class, e -> e.beneficiaryId().equals(beneficiaryId));
            assertContract(probe, EventType.CONSENT_CHANGED, ConsentChanged.class, e -> e.beneficiaryId().equals(beneficiaryId));
            assertContract(probe, EventType.CASE_OPENED, CaseOpened.class, e -> e.caseId().equals(caseId));
            assertContract(probe, EventType.CASE_ASSIGNED, CaseAssigned.class, e -> e.caseId().equals(caseId));
            assertContract(probe, EventType.MENTORING_SESSION_HELD, MentoringSessionHeld.class,
                    e -> e.participants().stream().anyMatch(p -> p.caseId().equals(caseId)));
            assertContract(probe, EventType.CASE_CLOSED, CaseClosed.class, e -> e.caseId().equals(caseId));
            assertContract(probe, EventType.CASE_REOPENED, CaseReopened.class, e -> e.caseId().equals(caseId));
        }
    }

    @Test
    void erasingAPersonRemovesTheirDataAndTellsTheOtherServices() {
        String beneficiaryId = client.register(LISBOA, CaseServiceClient.uniqueName(), true);
        String caseId = client.openCase(LISBOA, beneficiaryId).get("id").asString();
        client.recordAttendance(LISBOA, caseId, 30, anHourAgo());

        assertThat(api.delete("/api/v1/beneficiaries/" + beneficiaryId, TestTokens.manager("lisboa")).status()).isEqualTo(403);
        assertThat(api.delete("/api/v1/beneficiaries/" + beneficiaryId, LISBOA).status()).isEqualTo(204);

        assertThat(api.get("/api/v1/beneficiaries/" + beneficiaryId, LISBOA).status()).isEqualTo(404);
        JsonNode attendance = api.get("/api/v1/cases/" + caseId + "/attendances", LISBOA).json().get("items").get(0);
        assertThat(attendance.path("summary").isMissingNode() || attendance.get("summary").isNull()).isTrue();
        assertThat(attendance.get("durationMinutes").asInt()).as("the anonymous facts stay").isEqualTo(30);
        try (EventProbe probe = new EventProbe(TestInfrastructure.embedded(), Topics.CASE_EVENTS)) {
            assertContract(probe, EventType.BENEFICIARY_ERASED, BeneficiaryErased.class, e -> e.beneficiaryId().equals(beneficiaryId));
        }
        assertThat(api.get("/api/v1/audit?subjectId=" + beneficiaryId, TestTokens.admin()).json().get("items").values())
                .anySatisfy(entry -> assertThat(entry.get("what").asString()).isEqualTo("beneficiary.erasure"));
    }

    @Test
    void theApiIsDescribedInOpenApiAndMeasured() {
        String caseId = client.openCase(LISBOA, client.register(LISBOA, CaseServiceClient.uniqueName(), true)).get("id").asString();
        client.recordAttendance(LISBOA, caseId, 30, anHourAgo());

        HttpApi.Response openApi = api.get("/v3/api-docs", null);
        assertThat(openApi.status()).isEqualTo(200);
        assertThat(openApi.json().get("paths").propertyNames()).contains("/api/v1/beneficiaries", "/api/v1/cases/{id}/attendances",
                "/api/v1/mentoring-sessions");
        assertThat(api.get("/swagger-ui/index.html", null).status()).isEqualTo(200);

        assertThat(api.prometheus()).contains("ponte_attendances_recorded_total{channel=\"IN_PERSON\"")
                .contains("ponte_outbox_backlog").contains("ponte_outbox_relay_latency_seconds").contains("ponte_events_published_total");
        assertThat(api.get("/actuator/health", TestTokens.admin()).json().at("/components/mongo/status").asString()).isEqualTo("UP");
    }

    private static <E extends PonteEvent> void assertContract(EventProbe probe, EventType type, Class<E> eventClass,
                                                                               Predicate<E> matching) {
        EventEnvelope<E> event = probe.await(eventClass, matching);
        ConsumerRecord<String, byte[]> record = probe.awaitRecord(r -> event.eventId().toString().equals(ceId(r)));
        assertThat(record.key()).isEqualTo(event.aggregateId());
        EventContracts.assertMatchesSample(type, record.value());
    }

    static String ceId(ConsumerRecord<String, byte[]> record) {
        return KafkaEventRecords.headers(record).get("ce_id");
    }
}
