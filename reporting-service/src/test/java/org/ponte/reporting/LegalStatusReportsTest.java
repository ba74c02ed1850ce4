package org.ponte.reporting;

import org.junit.jupiter.api.Test;
import org.ponte.events.cases.AppointmentOutcomeRecorded;
import org.ponte.events.cases.AppointmentScheduled;
import org.ponte.events.cases.AttendanceRecorded;
import org.ponte.events.cases.BeneficiaryProfile;
import org.ponte.events.cases.LegalStatusRecorded;
import org.ponte.events.vocabulary.Agency;
import org.ponte.events.vocabulary.AgeBand;
import org.ponte.events.vocabulary.AppointmentOutcome;
import org.ponte.events.vocabulary.AttendanceChannel;
import org.ponte.events.vocabulary.InterventionArea;
import org.ponte.events.vocabulary.LegalStatusCategory;
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
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The legal-status mix of the people supported and what became of their appointments, counted from case-events, small counts hidden. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class LegalStatusReportsTest {

    private static final Instant YESTERDAY = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @LocalServerPort
    int port;

    private final String office = "office-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void thePeopleSupportedAreCountedByTheStatusInForceAndSmallGroupsAreHidden() {
        HttpApi api = new HttpApi("http://localhost:" + port);
        try (EventFeed cases = new EventFeed(TestInfrastructure.embedded(), "case-service")) {
            for (int i = 0; i < 10; i++) {
                String person = UUID.randomUUID().toString();
                cases.send(new AttendanceRecorded(UUID.randomUUID().toString(), "c-" + person, person, office, "technician", YESTERDAY,
                        AttendanceChannel.IN_PERSON, List.of(InterventionArea.LEGAL_STATUS), 30, null,
                        new BeneficiaryProfile("BR", Sex.FEMALE, AgeBand.FROM_25_TO_34), YESTERDAY));
                if (i < 9) {
                    LegalStatusCategory category = i < 7 ? LegalStatusCategory.RESIDENCE_PERMIT : LegalStatusCategory.MANIFESTATION_OF_INTEREST;
                    cases.send(new LegalStatusRecorded(UUID.randomUUID().toString(), person, office, category, TODAY.minusYears(2),
                            TODAY.plusYears(1), "technician", YESTERDAY));
                }
            }
        }
        String month = YearMonth.from(YESTERDAY.atZone(ZoneOffset.UTC)).toString();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(api.get("/api/v1/reports/legal-status/monthly",
                        TestTokens.manager(office)).json().values())
                .extracting(row -> row.get("month").asString() + " " + row.get("category").asString() + "=" + row.get("people").asString())
                .containsExactlyInAnyOrder(month + " MANIFESTATION_OF_INTEREST=<5", month + " NOT_RECORDED=<5", month + " RESIDENCE_PERMIT=7"));
        assertThat(api.send(api.request("/api/v1/reports/legal-status/monthly", TestTokens.manager(office)).header("Accept", "text/csv").GET())
                .body()).startsWith("month,officeId,category,people").contains("RESIDENCE_PERMIT,7");
    }

    @Test
    void appointmentsAreCountedByAgencyAndOutcomeWithTheirNoShowRate() {
        HttpApi api = new HttpApi("http://localhost:" + port);
        try (EventFeed cases = new EventFeed(TestInfrastructure.embedded(), "case-service")) {
            for (int i = 0; i < 10; i++) {
                String appointment = UUID.randomUUID().toString();
                AppointmentOutcomeRecorded outcome = new AppointmentOutcomeRecorded(appointment, "p-" + i, office, Agency.AIMA, YESTERDAY,
                        i < 5 ? AppointmentOutcome.ATTENDED : AppointmentOutcome.MISSED, "technician", Instant.now());
                AppointmentScheduled scheduled = new AppointmentScheduled(appointment, "p-" + i, office, Agency.AIMA, YESTERDAY, "technician", YESTERDAY);
                if (i == 0) {
                    cases.send(outcome);
                    cases.send(scheduled);
                } else {
                    cases.send(scheduled);
                    cases.send(outcome);
                }
            }
            for (int i = 0; i < 7; i++) {
                cases.send(new AppointmentOutcomeRecorded(UUID.randomUUID().toString(), "q-" + i, office, Agency.HEALTH_CENTRE, YESTERDAY,
                        i < 6 ? AppointmentOutcome.ATTENDED : AppointmentOutcome.MISSED, "technician", Instant.now()));
            }
            cases.send(new AppointmentScheduled(UUID.randomUUID().toString(), "p-99", office, Agency.SOCIAL_SECURITY, YESTERDAY, "technician",
                    YESTERDAY));
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<JsonNode> rows = List.copyOf(api.get("/api/v1/reports/appointments/outcomes", TestTokens.manager(office)).json().values());
            assertThat(rows).extracting(row -> row.get("agency").asString() + " " + row.get("appointments").asString() + " "
                            + row.get("attended").asString() + " " + row.get("missed").asString() + " " + row.get("open").asString())
                    .as("appointments are work done, shown as they are").containsExactly("AIMA 10 5 5 0", "HEALTH_CENTRE 7 6 1 0", "SOCIAL_SECURITY 1 0 0 1");
            assertThat(rows.get(0).get("noShowPercent").asDouble()).isEqualTo(50.0);
            assertThat(rows.get(1).get("noShowPercent").asDouble()).isEqualTo(14.3);
            assertThat(rows.get(2).get("noShowPercent").isNull()).as("none known").isTrue();
        });
    }
}
