package org.ponte.cases;

import org.junit.jupiter.api.Test;
import org.ponte.cases.legalstatus.DeadlineCheck;
import org.ponte.events.KafkaEventRecords;
import org.ponte.events.Topics;
import org.ponte.events.cases.AppointmentScheduled;
import org.ponte.events.cases.DeadlineApproaching;
import org.ponte.events.cases.LegalStatusRecorded;
import org.ponte.events.vocabulary.DeadlineKind;
import org.ponte.events.vocabulary.LegalStatusCategory;
import org.ponte.testsupport.EventProbe;
import org.ponte.testsupport.HttpApi;
import org.ponte.testsupport.TestInfrastructure;
import org.ponte.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A person's legal status and appointments through HTTP and the real broker, and the warnings of what falls due. */
class LegalStatusFlowTest extends CaseServiceTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Lisbon"));

    @Autowired
    DeadlineCheck deadlineCheck;

    @Test
    void aPermitEndingInTenDaysIsOnTheDeadlinesAndWarnedOfOnceAtItsFifteenDayStepWithoutItsDocumentReference() {
        String person = client.register(LISBOA, CaseServiceClient.uniqueName(), false);
        String caseNumber = client.openCase(LISBOA, person).get("caseNumber").asString();

        HttpApi.Response recorded = api.post("/api/v1/beneficiaries/" + person + "/legal-status", LISBOA, """
                {"category": "RESIDENCE_PERMIT", "validFrom": "%s", "validUntil": "%s", "documentReference": "AR-998877",
                 "note": "Renovação pedida por correio"}""".formatted(TODAY.minusYears(2), TODAY.plusDays(10)));

        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        assertThat(recorded.json().get("current").get("category").asString()).isEqualTo("RESIDENCE_PERMIT");
        JsonNode deadline = api.get("/api/v1/deadlines?officeId=lisboa&withinDays=30&size=100", LISBOA).json().get("items").values().stream()
                .filter(item -> item.get("beneficiaryId").asString().equals(person)).findFirst().orElseThrow();
        assertThat(deadline.get("kind").asString()).isEqualTo("STATUS_EXPIRY");
        assertThat(deadline.get("daysLeft").asLong()).isEqualTo(10);
        assertThat(deadline.get("caseNumber").asString()).isEqualTo(caseNumber);
        assertThat(deadline.get("fullName").asString()).startsWith("Maria Test");

        deadlineCheck.warn(Instant.now());
        deadlineCheck.warn(Instant.now());

        try (EventProbe probe = new EventProbe(TestInfrastructure.embedded(), Topics.CASE_EVENTS)) {
            DeadlineApproaching warning = probe.await(DeadlineApproaching.class, w -> w.beneficiaryId().equals(person)).data();
            assertThat(warning.kind()).isEqualTo(DeadlineKind.STATUS_EXPIRY);
            assertThat(warning.warningDays()).isEqualTo(15);
            assertThat(warning.category()).isEqualTo(LegalStatusCategory.RESIDENCE_PERMIT);
            assertThat(probe.await(LegalStatusRecorded.class, e -> e.beneficiaryId().equals(person)).data().validUntil())
                    .isEqualTo(TODAY.plusDays(10));
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> probe.events().stream()
                    .filter(e -> e.data() instanceof DeadlineApproaching w && w.beneficiaryId().equals(person)).count() == 1);
            assertThat(probe.records().stream().filter(r -> r.key().equals(person))
                    .map(r -> new String(r.value(), StandardCharsets.UTF_8))).noneMatch(body -> body.contains("AR-998877") || body.contains("correio"));
        }
    }

    @Test
    void anAppointmentTomorrowIsOnTheDeadlinesAndRemindedOfOnceWithoutItsPurposeOrPlace() {
        String person = client.register(LISBOA, CaseServiceClient.uniqueName(), false);
        client.openCase(LISBOA, person);
        Instant tomorrow = TODAY.plusDays(1).atTime(10, 30).atZone(ZoneId.of("Europe/Lisbon")).toInstant();

        HttpApi.Response scheduled = api.post("/api/v1/beneficiaries/" + person + "/appointments", LISBOA, """
                {"agency": "AIMA", "purpose": "Recolha de dados biométricos", "at": "%s", "place": "Loja AIMA Picoas"}""".formatted(tomorrow));

        assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(201);
        String appointment = scheduled.json().get("id").asString();
        assertThat(api.get("/api/v1/deadlines?withinDays=2&size=100", LISBOA).json().get("items").values())
                .anySatisfy(item -> assertThat(item.get("id").asString()).isEqualTo(appointment));
        deadlineCheck.warn(Instant.now());
        deadlineCheck.warn(Instant.now());
        try (EventProbe probe = new EventProbe(TestInfrastructure.embedded(), Topics.CASE_EVENTS)) {
            assertThat(probe.await(DeadlineApproaching.class, w -> w.deadlineId().equals(appointment)).data().at()).isEqualTo(tomorrow);
            probe.await(AppointmentScheduled.class, e -> e.appointmentId().equals(appointment));
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> probe.events().stream()
                    .filter(e -> e.data() instanceof DeadlineApproaching w && w.deadlineId().equals(appointment)).count() == 1);
            assertThat(probe.records().stream().filter(r -> r.key().equals(person) && KafkaEventRecords.headers(r).get("ce_type").contains("Appointment"))
                    .map(r -> new String(r.value(), StandardCharsets.UTF_8))).noneMatch(body -> body.contains("biométricos") || body.contains("Picoas"));
        }
        HttpApi.Response early = api.post("/api/v1/appointments/" + appointment + "/outcome", LISBOA, "{\"outcome\": \"ATTENDED\"}");
        assertThat(early.status()).as(early.body()).isEqualTo(422);
        assertThat(early.body()).contains("outcome-in-the-future").contains("\"field\":\"outcome\"");
        assertThat(api.post("/api/v1/appointments/" + appointment + "/outcome", LISBOA, "{\"outcome\": \"RESCHEDULED\", \"note\": \"Nova data\"}")
                .json().get("outcome").asString()).isEqualTo("RESCHEDULED");
    }

    @Test
    void whatATechnicianGetsWrongIsRefusedNamingTheFieldAndAnotherOfficeSeesNothing() {
        String person = client.register(LISBOA, CaseServiceClient.uniqueName(), false);
        String timeline = "/api/v1/beneficiaries/" + person + "/legal-status";

        HttpApi.Response backwards = api.post(timeline, LISBOA, "{\"category\": \"VISA\", \"validFrom\": \"%s\", \"validUntil\": \"%s\"}"
                .formatted(TODAY, TODAY.minusDays(1)));
        assertThat(backwards.status()).isEqualTo(422);
        assertThat(backwards.body()).contains("ends-before-start").contains("\"field\":\"validUntil\"");
        HttpApi.Response unknown = api.post(timeline, LISBOA, "{\"category\": \"GOLDEN_VISA\", \"validFrom\": \"%s\"}".formatted(TODAY));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("\"field\":\"category\"");
        assertThat(api.get(timeline, LISBOA).json().get("history").values()).as("nothing kept of the refusals").isEmpty();

        String porto = TestTokens.technician("porto");
        assertThat(api.get(timeline, porto).status()).isEqualTo(403);
        assertThat(api.post(timeline, porto, "{\"category\": \"VISA\", \"validFrom\": \"%s\"}".formatted(TODAY)).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/beneficiaries/" + person + "/appointments", porto).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/deadlines?officeId=lisboa", porto).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/deadlines?officeId=lisboa", TestTokens.manager("lisboa")).status()).isEqualTo(403);
        String appointment = api.post("/api/v1/beneficiaries/" + person + "/appointments", LISBOA, "{\"agency\": \"TAX_OFFICE\", \"at\": \"%s\"}"
                .formatted(Instant.now().plus(20, ChronoUnit.DAYS))).json().get("id").asString();
        assertThat(api.post("/api/v1/appointments/" + appointment + "/outcome", porto, "{\"outcome\": \"CANCELLED\"}").status()).isEqualTo(404);
    }

    @Test
    void notificationServiceAloneReadsTheAddressOfAPersonWhoConsentedToBeContactedAndEachReadIsAudited() {
        String consenting = api.post("/api/v1/beneficiaries", LISBOA, """
                {"fullName": "%s", "dateOfBirth": "1988-03-02", "sex": "FEMALE", "nationality": "MA", "preferredLanguage": "ar",
                 "email": "salma@example.org", "consent": {"dataProcessing": true, "shareWithPartners": false, "contactByMessage": true}}"""
                .formatted(CaseServiceClient.uniqueName())).json().get("id").asString();
        String notConsenting = client.register(LISBOA, CaseServiceClient.uniqueName(), false);
        String notificationService = TestTokens.token().subject("notification-service").roles("SERVICE").build();
        String contact = "/internal/v1/beneficiaries/%s/reminder-contact";

        JsonNode address = api.get(contact.formatted(consenting), notificationService).json();

        assertThat(address.get("email").asString()).isEqualTo("salma@example.org");
        assertThat(address.get("preferredLanguage").asString()).isEqualTo("ar");
        assertThat(api.get(contact.formatted(notConsenting), notificationService).body()).contains("no-contact-consent");
        assertThat(api.get(contact.formatted(consenting), TestTokens.token().subject("reporting-service").roles("SERVICE").build()).status())
                .as("another service").isEqualTo(403);
        assertThat(api.get(contact.formatted(consenting), LISBOA).status()).as("a technician, even of the office").isEqualTo(403);
        assertThat(api.get("/api/v1/beneficiaries/" + consenting, notificationService).status()).as("nothing else").isEqualTo(403);
        assertThat(api.get("/api/v1/audit?subjectId=" + consenting, TestTokens.admin()).json().get("items").values())
                .extracting(entry -> entry.get("what").asString()).contains("beneficiary.reminder-contact");
    }
}
