package org.ponte.reporting;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ponte.events.cases.AttendanceRecorded;
import org.ponte.events.cases.BeneficiaryProfile;
import org.ponte.events.partners.OfficeUpserted;
import org.ponte.events.vocabulary.AgeBand;
import org.ponte.events.vocabulary.AttendanceChannel;
import org.ponte.events.vocabulary.InterventionArea;
import org.ponte.events.vocabulary.Region;
import org.ponte.events.vocabulary.Sex;
import org.ponte.testsupport.EventFeed;
import org.ponte.testsupport.HttpApi;
import org.ponte.testsupport.RealInfrastructure;
import org.ponte.testsupport.TestInfrastructure;
import org.ponte.testsupport.TestTokens;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The network as coordinators and managers meet it: three offices in two regions, told of on the directory topic
 * (Setúbal 8 people, Almada 6, one of them also at Setúbal; Évora 3). A coordinator of the whole network sees every
 * office side by side with the total, a regional coordinator only its region's, a manager only its office, and a
 * technician nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class NetworkReportingTest {

    static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    static final String SETUBAL = "setubal-" + RUN;
    static final String ALMADA = "almada-" + RUN;
    static final String EVORA = "evora-" + RUN;
    static final Instant AN_HOUR_AGO = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS);
    static final String SELECTION = "officeId=%s&officeId=%s&officeId=%s".formatted(SETUBAL, ALMADA, EVORA);

    @LocalServerPort
    int port;

    @BeforeAll
    static void feed() {
        try (EventFeed directory = new EventFeed(TestInfrastructure.embedded(), "referral-service");
             EventFeed cases = new EventFeed(TestInfrastructure.embedded(), "case-service")) {
            directory.send(office(SETUBAL, "CLAIM Setúbal " + RUN, Region.PT1B, 1));
            directory.send(office(ALMADA, "Almada (old name)", Region.PT1B, 1));
            directory.send(office(ALMADA, "CLAIM Almada " + RUN, Region.PT1B, 2));
            directory.send(office(EVORA, "CLAIM Évora " + RUN, Region.PT1C, 1));
            String both = UUID.randomUUID().toString();
            attend(cases, SETUBAL, both);
            attend(cases, ALMADA, both);
            for (int i = 0; i < 7; i++) {
                attend(cases, SETUBAL, UUID.randomUUID().toString());
            }
            for (int i = 0; i < 5; i++) {
                attend(cases, ALMADA, UUID.randomUUID().toString());
            }
            for (int i = 0; i < 3; i++) {
                attend(cases, EVORA, UUID.randomUUID().toString());
            }
        }
    }

    private static OfficeUpserted office(String id, String name, Region region, long revision) {
        return new OfficeUpserted(id, revision, name, "Município", region, ("P" + id.hashCode()).replaceAll("[^A-Z]", "X").substring(0, 3),
                true, Instant.now());
    }

    private static void attend(EventFeed cases, String officeId, String person) {
        cases.send(new AttendanceRecorded(UUID.randomUUID().toString(), "c-" + person, person, officeId, "technician", AN_HOUR_AGO,
                AttendanceChannel.IN_PERSON, List.of(InterventionArea.HEALTH), 30, null,
                new BeneficiaryProfile("BR", Sex.FEMALE, AgeBand.FROM_25_TO_34), AN_HOUR_AGO));
    }

    HttpApi api() {
        return new HttpApi("http://localhost:" + port);
    }

    @Test
    void theCoordinatorSeesEachOfficeBesideTheNetworkTotalWithSmallCountsHidden() {
        HttpApi api = api();
        await().atMost(Duration.ofSeconds(30)).until(() -> "17".equals(network(api, TestTokens.coordinator(), SELECTION)
                .at("/total/ATTENDANCES").asString()));

        JsonNode network = network(api, TestTokens.coordinator(), SELECTION);

        assertThat(network.at("/total/BENEFICIARIES_SUPPORTED").asString()).as("the person of two offices counts once").isEqualTo("16");
        assertThat(network.get("offices").values()).extracting(office -> office.get("name").asString(), office -> office.get("region").asString(),
                        office -> office.at("/figures/BENEFICIARIES_SUPPORTED").asString())
                .as("Évora's 3 people are hidden, and Almada's 6 too, since the total would give Évora's away")
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("CLAIM Setúbal " + RUN, "PT1B", "8"),
                        org.assertj.core.groups.Tuple.tuple("CLAIM Almada " + RUN, "PT1B", "x"),
                        org.assertj.core.groups.Tuple.tuple("CLAIM Évora " + RUN, "PT1C", "<5"));
        assertThat(network.get("offices").values()).extracting(office -> office.at("/figures/ATTENDANCES").asString())
                .as("attendances count work done, not people: shown as they are").containsExactlyInAnyOrder("8", "6", "3");
        HttpApi.Response csv = api.send(api.request("/api/v1/reports/network?" + SELECTION, TestTokens.coordinator())
                .header("Accept", "text/csv").GET());
        assertThat(csv.body()).startsWith("officeId,name,region,BENEFICIARIES_SUPPORTED,ATTENDANCES,")
                .contains(SETUBAL + ",CLAIM Setúbal " + RUN + ",PT1B,8,8,").contains("\r\nnetwork,,,16,17,");
    }

    @Test
    void reportsTakeSeveralOfficesOrARegion() {
        HttpApi api = api();
        await().atMost(Duration.ofSeconds(30)).until(() -> "17".equals(network(api, TestTokens.admin(), SELECTION).at("/total/ATTENDANCES").asString()));

        JsonNode twoOffices = api.get("/api/v1/reports/attendances/monthly?officeId=%s&officeId=%s".formatted(SETUBAL, ALMADA),
                TestTokens.coordinator()).json();
        JsonNode region = api.get("/api/v1/reports/attendances/monthly?region=PT1C", TestTokens.coordinator()).json();

        assertThat(twoOffices.values()).as("the two offices' months together").singleElement().satisfies(row -> {
            assertThat(row.get("officeId").isNull()).isTrue();
            assertThat(row.get("attendances").asString()).isEqualTo("14");
        });
        assertThat(region.findValuesAsString("officeId")).as("Alentejo has one office").containsExactly(EVORA);
        assertThat(region.get(0).get("attendances").asString()).as("a count of attendances, not of people").isEqualTo("3");

        JsonNode months = api.get("/api/v1/reports/network/monthly?" + SELECTION, TestTokens.coordinator()).json();
        assertThat(months.size()).as("the twelve months up to this one").isEqualTo(12);
        JsonNode attended = months.get(11).get("month").asString().equals(AN_HOUR_AGO.toString().substring(0, 7)) ? months.get(11) : months.get(10);
        assertThat(attended.get("attendances").asString()).isEqualTo("17");
        assertThat(attended.get("peopleSupported").asString()).isEqualTo("16");
        assertThat(months.get(0).get("attendances").asString()).isEqualTo("0");
        assertThat(api.get("/api/v1/reports/network/monthly?from=2020-01-01&to=2026-01-01", TestTokens.coordinator()).status()).isEqualTo(422);
    }

    @Test
    void aRegionalCoordinatorSeesItsRegionAManagerItsOfficeATechnicianNothing() {
        HttpApi api = api();
        String alentejo = TestTokens.coordinator("PT1C");
        await().atMost(Duration.ofSeconds(30)).until(() -> network(api, alentejo, "").get("offices").size() == 1);

        assertThat(network(api, alentejo, "").at("/offices/0/officeId").asString()).isEqualTo(EVORA);
        assertThat(api.get("/api/v1/reports/network?officeId=" + SETUBAL, alentejo).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/reports/network?region=PT1B", alentejo).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/reports/attendances/monthly?officeId=" + SETUBAL + "&officeId=" + ALMADA, TestTokens.manager(SETUBAL))
                .status()).as("a manager reports on its own office only").isEqualTo(403);
        assertThat(network(api, TestTokens.manager(SETUBAL), "").get("offices").findValuesAsString("officeId")).containsExactly(SETUBAL);
        assertThat(api.get("/api/v1/reports/network", TestTokens.technician(SETUBAL)).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/reports/network", TestTokens.token().roles("COORDINATOR").claim("region", "XX").build())
                .json().get("offices").values()).as("a region that does not exist covers no office").isEmpty();
        assertThat(api.post("/api/v1/plans", TestTokens.coordinator(), "{}").status()).as("coordinators read plans, not keep them").isEqualTo(403);
    }

    @Test
    void aPlanOfSeveralOfficesShowsEachOfficeAgainstItsShare() {
        HttpApi api = api();
        String planId = "network-" + RUN;
        String plan = """
                {"id": "%s", "name": "Rede Sul", "periodStart": "%s", "periodEnd": "%s", "officeIds": ["%s", "%s", "%s"],
                 "indicators": [{"code": "ATTENDANCES", "name": "Atendimentos", "target": 30, "source": "EVENTS"},
                                {"code": "GUIDES_PUBLISHED", "name": "Guias", "target": 3, "source": "MANUAL"}]}"""
                .formatted(planId, AN_HOUR_AGO.atZone(java.time.ZoneOffset.UTC).toLocalDate().withDayOfYear(1),
                        AN_HOUR_AGO.atZone(java.time.ZoneOffset.UTC).toLocalDate().withDayOfYear(1).plusYears(1).minusDays(1), SETUBAL, ALMADA, EVORA);
        assertThat(api.post("/api/v1/plans", TestTokens.admin(), plan).status()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/v1/plans/" + planId + "/progress", TestTokens.coordinator())
                .json().at("/indicators/0/actual").asLong() == 17);

        JsonNode byOffice = api.get("/api/v1/plans/" + planId + "/progress/offices", TestTokens.coordinator()).json();

        assertThat(byOffice.get("offices").values()).extracting(office -> office.get("officeId").asString(),
                        office -> office.at("/indicators/0/target").asLong(), office -> office.at("/indicators/0/actual").asLong())
                .as("each office against a third of the target; the hand-reported guides are the plan's as a whole")
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ALMADA, 10L, 6L), org.assertj.core.groups.Tuple.tuple(EVORA, 10L, 3L),
                        org.assertj.core.groups.Tuple.tuple(SETUBAL, 10L, 8L));
        assertThat(byOffice.at("/offices/0/indicators").size()).isEqualTo(1);
        assertThat(api.get("/api/v1/plans/" + planId + "/progress", TestTokens.coordinator("PT1C")).status())
                .as("a plan that also covers another region's offices is not a regional coordinator's").isEqualTo(403);
        assertThat(api.get("/api/v1/plans/" + planId + "/progress", TestTokens.manager(SETUBAL)).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/plans", TestTokens.coordinator()).json().findValuesAsString("id")).contains(planId);
    }

    private static JsonNode network(HttpApi api, String token, String query) {
        return api.get("/api/v1/reports/network?" + query, token).json();
    }
}
