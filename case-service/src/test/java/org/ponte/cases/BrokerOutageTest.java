package org.ponte.cases;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.ponte.events.Topics;
import org.ponte.events.cases.AttendanceRecorded;
import org.ponte.events.cases.CaseClosed;
import org.ponte.events.cases.CaseOpened;
import org.ponte.testsupport.EventProbe;
import org.ponte.runtime.KafkaBrokerProcess;
import org.ponte.testsupport.TestInfrastructure;
import org.ponte.testsupport.TestTokens;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With the broker gone, technicians keep working: every change is accepted and its event waits in the
 * outbox; when the broker is back, every event is delivered. This test runs its own broker, in a process
 * of its own, which it kills and starts again on the same address and data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrokerOutageTest {

    static final KafkaBrokerProcess broker = KafkaBrokerProcess.start();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry properties) {
        properties.add("spring.kafka.bootstrap-servers", broker::bootstrapServers);
        properties.add("spring.mongodb.uri", () -> TestInfrastructure.embedded().mongoUri());
        properties.add("spring.mongodb.database", () -> "case-service-outage");
        properties.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", TestTokens::issuer);
        properties.add("ponte.privacy.key-dir", () -> TestInfrastructure.keyDirectory().toString());
        properties.add("ponte.outbox.max-retry-interval", () -> "1s");
        properties.add("ponte.outbox.send-timeout", () -> "2s");
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void changesMadeWhileTheBrokerIsDownAreAllPublishedInOrderWhenItIsBack() {
        CaseServiceClient client = new CaseServiceClient(port);
        String technician = TestTokens.technician("lisboa");
        String caseId = client.openCase(technician, client.register(technician, CaseServiceClient.uniqueName(), true)).get("id").asString();
        try (EventProbe probe = new EventProbe(broker.bootstrapServers(), Topics.CASE_EVENTS)) {
            probe.await(CaseOpened.class, event -> event.caseId().equals(caseId));
        }

        broker.stop();
        List<String> attendances = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            var response = client.recordAttendance(technician, caseId, 20 + i, CaseServiceClient.anHourAgo());
            assertThat(response.status()).as("accepted with the broker down").isEqualTo(201);
            attendances.add(response.json().get("id").asString());
        }
        // A second case lives its whole life during the outage: its events wait in two collections (the case's
        // own in cases, the attendance's in attendances) and must still leave in the order they happened.
        String laterCase = client.openCase(technician, client.register(technician, CaseServiceClient.uniqueName(), true)).get("id").asString();
        assertThat(client.recordAttendance(technician, laterCase, 30, CaseServiceClient.anHourAgo()).status()).isEqualTo(201);
        assertThat(client.api.post("/api/v1/cases/" + laterCase + "/close", technician, "{\"reason\": \"OBJECTIVES_MET\"}").status())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(backlog(client)).as("aggregates waiting").isGreaterThanOrEqualTo(7));
        broker.startAgain();

        try (EventProbe probe = new EventProbe(broker.bootstrapServers(), Topics.CASE_EVENTS)) {
            for (String attendanceId : attendances) {
                probe.await(AttendanceRecorded.class, event -> event.attendanceId().equals(attendanceId));
            }
            probe.await(CaseClosed.class, event -> event.caseId().equals(laterCase));
            // Delivery is at least once: a round cut short by the returning broker is sent again, with the same event
            // ids, which consumers drop. What matters is the order in which each event first arrives.
            Set<Object> firstArrivals = new HashSet<>();
            assertThat(probe.events().stream().filter(envelope -> envelope.aggregateId().equals(laterCase))
                    .filter(envelope -> firstArrivals.add(envelope.eventId()))
                    .map(envelope -> envelope.data().getClass().getSimpleName()))
                    .containsExactly("CaseOpened", "AttendanceRecorded", "CaseClosed");
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(backlog(client)).isZero());
    }

    private static double backlog(CaseServiceClient client) {
        return client.api.metric("ponte_outbox_backlog");
    }
}
