package org.ponte.reporting;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ponte.events.EventEnvelope;
import org.ponte.events.cases.AttendanceRecorded;
import org.ponte.events.cases.BeneficiaryErased;
import org.ponte.events.cases.BeneficiaryProfile;
import org.ponte.events.cases.MentoringParticipant;
import org.ponte.events.cases.MentoringSessionHeld;
import org.ponte.events.referrals.ReferralAccepted;
import org.ponte.events.referrals.ReferralCompleted;
import org.ponte.events.referrals.ReferralDeclined;
import org.ponte.events.referrals.ReferralOverdue;
import org.ponte.events.referrals.ReferralRequested;
import org.ponte.events.vocabulary.AgeBand;
import org.ponte.events.vocabulary.AttendanceChannel;
import org.ponte.events.vocabulary.CompletionOutcome;
import org.ponte.events.vocabulary.DeclineReason;
import org.ponte.events.vocabulary.InterventionArea;
import org.ponte.events.vocabulary.MentoringKind;
import org.ponte.events.vocabulary.ReferralPriority;
import org.ponte.events.vocabulary.Sex;
import org.ponte.events.Topics;
import org.ponte.testsupport.EventFeed;
import org.ponte.testsupport.EventProbe;
import org.ponte.testsupport.HttpApi;
import org.ponte.testsupport.RealInfrastructure;
import org.ponte.testsupport.TestInfrastructure;
import org.ponte.testsupport.TestTokens;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * reporting-service fed a realistic mix of events through the real broker: 15 people at one office (7 from
 * Brazil, 6 from Cabo Verde, 2 from Ukraine), one attendance each plus a duplicated one, a group mentoring
 * session, three referrals (one whose acceptance arrives before its request), an erasure, a poison record and a
 * record of a type it does not know. Every figure is checked, and a rebuild from the topics gives the same figures.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class ReportingFlowTest {

    static final String OFFICE = "office-" + UUID.randomUUID().toString().substring(0, 8);
    static final String PARTNER = "partner-" + UUID.randomUUID().toString().substring(0, 8);
    static final Instant AN_HOUR_AGO = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS);
    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    static final String POISONED_CASE = "c-poisoned-" + UUID.randomUUID();
    static final String UNKNOWN_TYPE_CASE = "c-from-the-future-" + UUID.randomUUID();

    @LocalServerPort
    int port;

    static boolean fed;
    static String planId;

    HttpApi api() {
        return new HttpApi("http://localhost:" + port);
    }

    String manager() {
        return TestTokens.manager(OFFICE);
    }

    @BeforeAll
    static void feedEvents() {
        try (EventFeed cases = new EventFeed(TestInfrastructure.embedded(), "case-service");
             EventFeed referrals = new EventFeed(TestInfrastructure.embedded(), "referral-service")) {
            List<String> people = new ArrayList<>();
            people.addAll(attend(cases, "BR", 7));
            people.addAll(attend(cases, "CV", 6));
            people.addAll(attend(cases, "UA", 2));
            cases.send(new MentoringSessionHeld(UUID.randomUUID().toString(), OFFICE, MentoringKind.GROUP,
                    List.of(new MentoringParticipant("c-1", people.get(0)), new MentoringParticipant("c-2", people.get(1))),
                    InterventionArea.EMPLOYMENT_AND_ENTREPRENEURSHIP, AN_HOUR_AGO, 90, "mentor", AN_HOUR_AGO));
            cases.send(new BeneficiaryErased(people.get(14), OFFICE, "admin", Instant.now()));
            // Neither may change a figure or stop the consumer: the poison goes to the dead-letter topic, the unknown type is skipped.
            cases.sendPoison(attendance(POISONED_CASE, "BR", 0));
            cases.sendAsType(attendance(UNKNOWN_TYPE_CASE, "BR", 0), "org.ponte.case.AttendanceRecordedFromTheFuture");

            String r1 = UUID.randomUUID().toString();
            referrals.send(new ReferralAccepted(r1, "ENC-1", "c-1", people.get(0), OFFICE, PARTNER, InterventionArea.HEALTH, "t",
                    "p", AN_HOUR_AGO.plus(2, ChronoUnit.HOURS).minus(30, ChronoUnit.MINUTES)));
            referrals.send(new ReferralRequested(r1, "ENC-1", "c-1", people.get(0), OFFICE, PARTNER, InterventionArea.HEALTH, "t",
                    ReferralPriority.URGENT, AN_HOUR_AGO, AN_HOUR_AGO.plus(2, ChronoUnit.DAYS)));
            referrals.send(new ReferralCompleted(r1, "ENC-1", "c-1", people.get(0), OFFICE, PARTNER, InterventionArea.HEALTH, "t",
                    CompletionOutcome.SERVICE_PROVIDED, "p", Instant.now()));
            String r2 = UUID.randomUUID().toString();
            referrals.send(new ReferralRequested(r2, "ENC-2", "c-2", people.get(1), OFFICE, PARTNER, InterventionArea.HEALTH, "t",
                    ReferralPriority.ROUTINE, AN_HOUR_AGO, AN_HOUR_AGO.plus(5, ChronoUnit.DAYS)));
            referrals.send(new ReferralDeclined(r2, "ENC-2", "c-2", people.get(1), OFFICE, PARTNER, InterventionArea.HEALTH, "t",
                    DeclineReason.NO_CAPACITY, "p", AN_HOUR_AGO.plus(90, ChronoUnit.MINUTES)));
            String r3 = UUID.randomUUID().toString();
            referrals.send(new ReferralRequested(r3, "ENC-3", "c-3", people.get(2), OFFICE, PARTNER, InterventionArea.HEALTH, "t",
                    ReferralPriority.URGENT, AN_HOUR_AGO, AN_HOUR_AGO.plus(2, ChronoUnit.DAYS)));
            referrals.send(new ReferralOverdue(r3, "ENC-3", "c-3", people.get(2), OFFICE, PARTNER, InterventionArea.HEALTH, "t",
                    AN_HOUR_AGO.plus(2, ChronoUnit.DAYS), Instant.now()));
        }
    }

    /** People of one nationality, one attendance each; the first attendance is delivered twice. */
    private static List<String> attend(EventFeed cases, String nationality, int people) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            String person = UUID.randomUUID().toString();
            EventEnvelope<AttendanceRecorded> sent = cases.send(attendance("c-" + person, person, nationality, i));
            if (i == 0) {
                cases.resend(sent);
            }
            ids.add(person);
        }
        return ids;
    }

    private static AttendanceRecorded attendance(String caseId, String nationality, int i) {
        return attendance(caseId, UUID.randomUUID().toString(), nationality, i);
    }

    private static AttendanceRecorded attendance(String caseId, String person, String nationality, int i) {
        return new AttendanceRecorded(UUID.randomUUID().toString(), caseId, person, OFFICE, "technician", AN_HOUR_AGO,
                AttendanceChannel.IN_PERSON, List.of(InterventionArea.LEGAL_STATUS), 30, null,
                new BeneficiaryProfile(nationality, i % 2 == 0 ? Sex.FEMALE : Sex.MALE, AgeBand.FROM_25_TO_34), AN_HOUR_AGO);
    }

    @Test
    void aPoisonRecordIsDeadLetteredAndAnUnknownTypeSkippedAndCounted() {
        HttpApi api = api();
        try (EventProbe deadLetters = new EventProbe(TestInfrastructure.embedded(), Topics.deadLetter(Topics.CASE_EVENTS, "reporting-service"))) {
            var letter = deadLetters.awaitRecord(r -> POISONED_CASE.equals(r.key()));
            assertThat(new String(letter.value(), StandardCharsets.UTF_8)).isEqualTo(EventFeed.POISON);
            assertThat(new String(letter.headers().lastHeader("kafka_dlt-original-topic").value(), StandardCharsets.UTF_8))
                    .as("where it came from, as every consumer's dead letters say").isEqualTo(Topics.CASE_EVENTS);
            assertThat(letter.headers().lastHeader("kafka_dlt-original-offset").value()).hasSize(Long.BYTES);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> api.metric("ponte_events_skipped_total",
                "type=\"org.ponte.case.AttendanceRecordedFromTheFuture\"") >= 1);
    }

    @Test
    void everyFigureComesFromTheEventsAndARebuildGivesTheSameFigures() {
        HttpApi api = api();
        String plan = plan(api);
        assertThat(api.post("/api/v1/plans/" + plan + "/indicators/GUIDES_PUBLISHED/entries", manager(),
                "{\"date\": \"" + TODAY + "\", \"value\": 2, \"note\": \"guia de acolhimento\"}").status()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(30)).until(() -> actual(api, plan, "REFERRALS_COMPLETED") == 1
                && actual(api, plan, "ATTENDANCES") == 15 && actual(api, plan, "BENEFICIARIES_MENTORED") == 2);
        assertThat(actual(api, plan, "BENEFICIARIES_SUPPORTED")).as("the erased person still counts").isEqualTo(15);
        assertThat(actual(api, plan, "REFERRALS_MADE")).isEqualTo(3);
        assertThat(actual(api, plan, "GUIDES_PUBLISHED")).isEqualTo(2);
        JsonNode attendances = indicator(api, plan, "ATTENDANCES");
        assertThat(attendances.get("target").asLong()).isEqualTo(30);
        assertThat(attendances.get("percent").asDouble()).isEqualTo(50.0);
        assertThat(indicator(api, plan, "REFERRALS_COMPLETED").get("status").asString()).isEqualTo("ACHIEVED");

        JsonNode demographics = api.get("/api/v1/reports/demographics", manager()).json();
        assertThat(demographics.get("nationality").properties()).extracting(Map.Entry::getKey, e -> e.getValue().asString())
                .as("UA alone could be worked out from the 15 people supported: CV is hidden to protect it")
                .containsExactly(tuple("BR", "7"), tuple("CV", "x"), tuple("UA", "<5"));
        assertThat(demographics.at("/sex/FEMALE").asString()).isEqualTo("8");
        assertThat(demographics.at("/sex/MALE").asString()).isEqualTo("7");

        JsonNode funnel = api.get("/api/v1/reports/referrals/funnel", manager()).json().get(0);
        assertThat(funnel.get("partnerId").asString()).isEqualTo(PARTNER);
        assertThat(funnel.get("requested").asString()).as("referrals are work done, shown as they are").isEqualTo("3");
        assertThat(funnel.get("medianHoursToRespond").asDouble()).as("both answered after 90 minutes").isEqualTo(1.5);
        JsonNode month = api.get("/api/v1/reports/attendances/monthly", manager()).json().get(0);
        assertThat(month.get("attendances").asString()).isEqualTo("15");
        assertThat(month.get("channel").asString()).isEqualTo("IN_PERSON");

        assertThat(api.get("/api/v1/reports/attendances/monthly?area=LEGAL_STATUS", manager()).json().values()).hasSize(1);
        assertThat(api.get("/api/v1/reports/attendances/monthly?area=HEALTH", manager()).json().values()).isEmpty();
        assertThat(api.get("/api/v1/reports/referrals/funnel?area=HEALTH&partnerId=" + PARTNER, manager()).json().values()).hasSize(1);
        LocalDate attended = AN_HOUR_AGO.atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate anotherDayOfThatMonth = attended.getDayOfMonth() == 1 ? attended.plusDays(1) : attended.withDayOfMonth(1);
        assertThat(api.get("/api/v1/reports/demographics?from=%s&to=%s".formatted(anotherDayOfThatMonth, anotherDayOfThatMonth), manager())
                .json().at("/nationality/BR").asString()).as("a report covers whole months, whatever days it is asked for").isEqualTo("7");

        HttpApi.Response csv = api.send(api.request("/api/v1/reports/demographics", manager()).header("Accept", "text/csv").GET());
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("category,value,people\r\n").contains("nationality,BR,7\r\n").contains("nationality,UA,\"<5\"").contains("nationality,CV,x\r\n");

        String before = figures(api, plan);
        assertThat(api.post("/api/v1/admin/rebuild", manager(), "{}").status()).isEqualTo(403);
        assertThat(api.post("/api/v1/admin/rebuild", TestTokens.admin(), "{}").status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(60)).until(() -> "DONE".equals(api.get("/api/v1/admin/rebuild", TestTokens.admin()).json()
                .get("state").asString()));
        JsonNode status = api.get("/api/v1/admin/rebuild", TestTokens.admin()).json();
        assertThat(status.get("percent").asDouble()).isEqualTo(100.0);
        assertThat(status.get("eventsApplied").asLong()).isGreaterThanOrEqualTo(27);
        assertThat(figures(api, plan)).isEqualTo(before);
    }

    /** Today is after the end of a plan that ended the day before the attendances: they are not its progress. */
    @Test
    void aPlanThatHasEndedStopsCountingAtItsEnd() {
        HttpApi api = api();
        String current = plan(api);
        LocalDate attended = AN_HOUR_AGO.atZone(ZoneOffset.UTC).toLocalDate();
        HttpApi.Response created = api.post("/api/v1/plans", TestTokens.admin(), """
                {"name": "Plano anterior", "periodStart": "%s", "periodEnd": "%s", "officeIds": ["%s"],
                 "indicators": [{"code": "ATTENDANCES", "name": "Atendimentos", "target": 30, "source": "EVENTS"}]}"""
                .formatted(attended.minusYears(1), attended.minusDays(1), OFFICE));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String ended = created.json().get("id").asString();

        await().atMost(Duration.ofSeconds(30)).until(() -> actual(api, current, "ATTENDANCES") == 15);
        JsonNode attendances = indicator(api, ended, "ATTENDANCES");
        assertThat(attendances.get("actual").asLong()).isZero();
        assertThat(attendances.get("status").asString()).isEqualTo("BEHIND");
    }

    @Test
    void aManagerOfAnotherOfficeCannotReadThePlanOrTheReports() {
        HttpApi api = api();
        String plan = plan(api);
        String otherManager = TestTokens.manager("porto");

        assertThat(api.get("/api/v1/plans/" + plan + "/progress", otherManager).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/reports/demographics?officeId=" + OFFICE, otherManager).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/reports/demographics", TestTokens.technician(OFFICE)).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/plans", otherManager).json().values()).noneMatch(p -> p.get("id").asString().equals(plan));
        assertThat(api.get("/api/v1/plans/" + plan + "/progress", manager()).status()).isEqualTo(200);

        HttpApi.Response network = api.post("/api/v1/plans", TestTokens.admin(), """
                {"name": "Plano da rede", "periodStart": "%s", "periodEnd": "%s", "officeIds": ["%s", "porto"],
                 "indicators": [{"code": "ATTENDANCES", "name": "Atendimentos", "target": 30, "source": "EVENTS"}]}"""
                .formatted(TODAY.minusYears(1), TODAY.plusYears(1), OFFICE));
        assertThat(network.status()).as(network.body()).isEqualTo(201);
        String networkPlan = network.json().get("id").asString();
        assertThat(api.get("/api/v1/plans/" + networkPlan + "/progress", manager()).status())
                .as("a plan that also covers another office would show that office's figures").isEqualTo(403);
        assertThat(api.get("/api/v1/plans", manager()).json().values()).noneMatch(p -> p.get("id").asString().equals(networkPlan));
        assertThat(api.post("/api/v1/plans", manager(), network.body().replace("\"id\":\"" + networkPlan + "\"", "\"id\":\"x-" + networkPlan + "\""))
                .status()).as("nor may a manager make one").isEqualTo(403);
    }

    @Test
    void aPlanThatBreaksItsRulesIsRefusedNamingTheRule() {
        HttpApi api = api();
        assertThat(problem(api, "[{\"code\": \"M1\", \"name\": \"m\", \"level\": 3, \"area\": \"HEALTH\"}]",
                "{\"code\": \"ATTENDANCES\", \"name\": \"a\", \"target\": 1, \"source\": \"EVENTS\"}")).isEqualTo("invalid-measure-level");
        assertThat(problem(api, "[{\"code\": \"M1\", \"name\": \"m\", \"level\": 1}]",
                "{\"code\": \"ATTENDANCES\", \"name\": \"a\", \"target\": 1, \"source\": \"EVENTS\"}")).isEqualTo("measure-area-required");
        assertThat(problem(api, "[]", "{\"code\": \"ATTENDANCES\", \"name\": \"a\", \"target\": 1, \"source\": \"EVENTS\"},"
                + "{\"code\": \"ATTENDANCES\", \"name\": \"b\", \"target\": 2, \"source\": \"EVENTS\"}")).isEqualTo("duplicate-indicator");
        assertThat(problem(api, "[]", "{\"code\": \"ATTENDANCES\", \"name\": \"a\", \"target\": 1, \"source\": \"EVENTS\", \"measureCode\": \"M9\"}"))
                .isEqualTo("unknown-measure");
        assertThat(problem(api, "[]", "{\"code\": \"VOLUNTEER_HOURS\", \"name\": \"a\", \"target\": 1, \"source\": \"EVENTS\"}"))
                .isEqualTo("unknown-indicator");
    }

    @Test
    void anAdministratorChangesAPlanItsTargetsAndMeasuresUnderTheSameRulesAndAStaleCopyIsA409() {
        HttpApi api = api();
        String plan = """
                {"name": "%s", "periodStart": "2026-01-01", "periodEnd": "2026-12-31", "officeIds": ["lisboa"],
                 "measures": [{"code": "M1", "name": "Acolher", "level": 1, "area": "RECEPTION_AND_INTEGRATION"}],
                 "indicators": [{"code": "ATTENDANCES", "name": "Atendimentos", "target": %d, "source": "EVENTS", "measureCode": "%s"}]}""";
        HttpApi.Response created = api.post("/api/v1/plans", TestTokens.admin(), plan.formatted("Plano a mudar", 100, "M1"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        long version = created.json().get("version").asLong();

        HttpApi.Response changed = api.send(api.request("/api/v1/plans/" + id, TestTokens.admin()).header("If-Match", "\"" + version + "\"")
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(plan.formatted("Plano mudado", 250, "M1"))));
        HttpApi.Response stale = api.send(api.request("/api/v1/plans/" + id, TestTokens.admin()).header("If-Match", "\"" + version + "\"")
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(plan.formatted("Outra mudança", 1, "M1"))));
        HttpApi.Response brokenRule = api.put("/api/v1/plans/" + id, TestTokens.admin(), plan.formatted("Sem medida", 1, "M9"));
        HttpApi.Response byAnotherManager = api.put("/api/v1/plans/" + id, TestTokens.manager("porto"), plan.formatted("De outro", 1, "M1"));
        HttpApi.Response ontoAnotherOffice = api.put("/api/v1/plans/" + id, TestTokens.manager("lisboa"),
                plan.formatted("Também Porto", 1, "M1").replace("[\"lisboa\"]", "[\"lisboa\", \"porto\"]"));

        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        JsonNode stored = api.get("/api/v1/plans", TestTokens.admin()).json().values().stream()
                .filter(p -> p.get("id").asString().equals(id)).findFirst().orElseThrow();
        assertThat(stored.get("name").asString()).isEqualTo("Plano mudado");
        assertThat(stored.get("indicators").get(0).get("target").asLong()).isEqualTo(250);
        assertThat(stored.get("createdBy").asString()).as("its author is kept").isEqualTo(created.json().get("createdBy").asString());
        assertThat(stale.status()).as("a change from the version read before the last change").isEqualTo(409);
        assertThat(brokenRule.status()).isEqualTo(422);
        assertThat(brokenRule.json().get("type").asString()).isEqualTo("urn:ponte:problem:unknown-measure");
        assertThat(byAnotherManager.status()).isEqualTo(403);
        assertThat(ontoAnotherOffice.status()).as("a manager cannot move a plan onto an office not theirs").isEqualTo(403);
        assertThat(api.put("/api/v1/plans/no-such-plan", TestTokens.admin(), plan.formatted("x", 1, "M1")).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/plans/" + id + "/progress", TestTokens.admin()).json().get("indicators").get(0).get("target").asLong())
                .as("progress counts against the new target").isEqualTo(250);
    }

    private static String problem(HttpApi api, String measures, String indicators) {
        HttpApi.Response refused = api.post("/api/v1/plans", TestTokens.admin(), """
                {"name": "Plano", "periodStart": "2026-01-01", "periodEnd": "2026-12-31", "officeIds": ["lisboa"],
                 "measures": %s, "indicators": [%s]}""".formatted(measures, indicators));
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        return refused.json().get("type").asString().replace("urn:ponte:problem:", "");
    }

    @Test
    void theDefaultPlanShipsWithTheTargetsOfTheDesign() {
        JsonNode progress = api().get("/api/v1/plans/claim-lisboa-2024-2026/progress?asOf=2025-01-01", TestTokens.manager("lisboa")).json();

        assertThat(progress.get("indicators").values()).extracting(i -> i.get("code").asString() + "=" + i.get("target").asLong())
                .containsExactly("BENEFICIARIES_SUPPORTED=1224", "ATTENDANCES=3600", "BENEFICIARIES_MENTORED=72", "GUIDES_PUBLISHED=18",
                        "TECHNICIAN_TRAINING_HOURS=48", "AWARENESS_ACTIONS=6", "NETWORK_MEETINGS=3", "PUBLICATIONS=36");
    }

    private synchronized String plan(HttpApi api) {
        if (planId == null) {
            HttpApi.Response created = api.post("/api/v1/plans", TestTokens.admin(), """
                    {"name": "Plano de teste", "periodStart": "%s", "periodEnd": "%s", "officeIds": ["%s"],
                     "indicators": [
                       {"code": "BENEFICIARIES_SUPPORTED", "name": "Pessoas apoiadas", "target": 20, "source": "EVENTS"},
                       {"code": "ATTENDANCES", "name": "Atendimentos", "target": 30, "source": "EVENTS"},
                       {"code": "BENEFICIARIES_MENTORED", "name": "Pessoas em mentoria", "target": 4, "source": "EVENTS"},
                       {"code": "REFERRALS_MADE", "name": "Encaminhamentos", "target": 10, "source": "EVENTS"},
                       {"code": "REFERRALS_COMPLETED", "name": "Encaminhamentos concluídos", "target": 1, "source": "EVENTS"},
                       {"code": "GUIDES_PUBLISHED", "name": "Guias", "target": 3, "source": "MANUAL"}]}"""
                    .formatted(TODAY.minusYears(1), TODAY.plusYears(1), OFFICE));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            planId = created.json().get("id").asString();
        }
        return planId;
    }

    private JsonNode indicator(HttpApi api, String plan, String code) {
        return api.get("/api/v1/plans/" + plan + "/progress", manager()).json().get("indicators").values().stream()
                .filter(i -> i.get("code").asString().equals(code)).findFirst().orElseThrow();
    }

    private long actual(HttpApi api, String plan, String code) {
        return indicator(api, plan, code).get("actual").asLong();
    }

    /** Every figure the service shows for the office, as text, to compare before and after a rebuild. */
    private String figures(HttpApi api, String plan) {
        return api.get("/api/v1/plans/" + plan + "/progress?asOf=" + TODAY, manager()).body()
                + api.get("/api/v1/reports/demographics", manager()).body()
                + api.get("/api/v1/reports/referrals/funnel", manager()).body()
                + api.get("/api/v1/reports/attendances/monthly", manager()).body();
    }
}
