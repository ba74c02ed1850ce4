package org.ponte.reporting;

import org.junit.jupiter.api.Test;
import org.ponte.events.EventEnvelope;
import org.ponte.events.cases.AttendanceRecorded;
import org.ponte.events.cases.BeneficiaryProfile;
import org.ponte.events.programme.ActivityCancelled;
import org.ponte.events.programme.ActivityHeld;
import org.ponte.events.programme.ParticipantCount;
import org.ponte.events.programme.ResourcePublished;
import org.ponte.events.programme.ResourceWithdrawn;
import org.ponte.events.vocabulary.ActivityType;
import org.ponte.events.vocabulary.AgeBand;
import org.ponte.events.vocabulary.AttendanceChannel;
import org.ponte.events.vocabulary.InterventionArea;
import org.ponte.events.vocabulary.ParticipantCategory;
import org.ponte.events.vocabulary.ResourceAudience;
import org.ponte.events.vocabulary.ResourceType;
import org.ponte.events.vocabulary.Sex;
import org.ponte.testsupport.EventFeed;
import org.ponte.testsupport.HttpApi;
import org.ponte.testsupport.RealInfrastructure;
import org.ponte.testsupport.TestInfrastructure;
import org.ponte.testsupport.TestTokens;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The five programme targets and the people an activity supports, counted from programme-events as programme-service
 * publishes them: held activities by type and hours, published resources by type; a cancelled activity or a withdrawn
 * resource stops counting, and a repeated event changes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class ProgrammeIndicatorsTest {

    private static final Instant YESTERDAY = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @LocalServerPort
    int port;

    private final String office = "office-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void eachTargetFollowsWhatHappenedToTheActivitiesAndResources() {
        HttpApi api = new HttpApi("http://localhost:" + port);
        String plan = plan(api);
        try (EventFeed programme = new EventFeed(TestInfrastructure.embedded(), "programme-service");
             EventFeed cases = new EventFeed(TestInfrastructure.embedded(), "case-service")) {
            String attended = UUID.randomUUID().toString();
            String onlyInAnActivity = UUID.randomUUID().toString();
            cases.send(new AttendanceRecorded(UUID.randomUUID().toString(), "c-1", attended, office, "technician", YESTERDAY,
                    AttendanceChannel.IN_PERSON, List.of(InterventionArea.LEGAL_STATUS), 30, null,
                    new BeneficiaryProfile("BR", Sex.FEMALE, AgeBand.FROM_25_TO_34), YESTERDAY));

            EventEnvelope<ActivityHeld> training = programme.send(held(ActivityType.TECHNICIAN_TRAINING, 180, List.of(), 1));
            programme.resend(training);
            await().atMost(Duration.ofSeconds(30)).until(actual(api, plan, "TECHNICIAN_TRAINING_HOURS"), hours -> hours == 3);

            programme.send(held(ActivityType.AWARENESS_ACTION, 90, List.of(attended, onlyInAnActivity), 1));
            programme.send(held(ActivityType.NETWORK_MEETING, 120, List.of(), 1));
            ActivityHeld cancelledLater = held(ActivityType.TECHNICIAN_TRAINING, 240, List.of(), 1);
            programme.send(cancelledLater);
            programme.send(new ActivityCancelled(cancelledLater.activityId(), office, cancelledLater.type(), "technician", Instant.now()));
            String guide = UUID.randomUUID().toString();
            programme.send(published(guide, ResourceType.GUIDE));
            programme.send(published(UUID.randomUUID().toString(), ResourceType.PUBLICATION));

            await().atMost(Duration.ofSeconds(30)).until(() -> figures(api, plan).equals(Map.of("TECHNICIAN_TRAINING_HOURS", 3L,
                    "AWARENESS_ACTIONS", 1L, "NETWORK_MEETINGS", 1L, "GUIDES_PUBLISHED", 1L, "PUBLICATIONS", 1L, "BENEFICIARIES_SUPPORTED", 2L)));
            String month = YearMonth.from(YESTERDAY.atZone(ZoneOffset.UTC)).toString();
            assertThat(api.get("/api/v1/reports/activities/monthly", TestTokens.manager(office)).json().values())
                    .extracting(row -> row.get("month").asString() + " " + row.get("type").asString() + " " + row.get("activities").asLong()
                            + " " + row.get("minutes").asLong())
                    .as("the cancelled training is not there").containsExactly(month + " AWARENESS_ACTION 1 90", month + " NETWORK_MEETING 1 120",
                            month + " TECHNICIAN_TRAINING 1 180");
            assertThat(api.get("/api/v1/reports/activities/participants/monthly", TestTokens.manager(office)).json().values())
                    .extracting(row -> row.get("category").asString() + "=" + row.get("participants").asString())
                    .as("people counted, the small counts hidden").containsExactlyInAnyOrder("COMMUNITY=36", "REGISTERED=<5", "STAFF=<5");

            programme.send(new ResourceWithdrawn(guide, office, ResourceType.GUIDE, "technician", Instant.now()));
            await().atMost(Duration.ofSeconds(30)).until(actual(api, plan, "GUIDES_PUBLISHED"), guides -> guides == 0);
            assertThat(figures(api, plan).get("PUBLICATIONS")).isEqualTo(1);
        }
    }

    @Test
    void aCorrectedActivityCountsAsItsLatestRevision() {
        HttpApi api = new HttpApi("http://localhost:" + port);
        String plan = plan(api);
        try (EventFeed programme = new EventFeed(TestInfrastructure.embedded(), "programme-service")) {
            ActivityHeld first = held(ActivityType.INFORMATION_SESSION, 60, List.of("p-1", "p-2"), 1);
            programme.send(first);
            await().atMost(Duration.ofSeconds(30)).until(actual(api, plan, "BENEFICIARIES_SUPPORTED"), people -> people == 2);

            programme.send(new ActivityHeld(first.activityId(), office, first.type(), first.areas(), first.languages(), first.heldAt(), 60,
                    List.of("p-1"), List.of(), List.of(), List.of(), 2, "technician", Instant.now()));

            await().atMost(Duration.ofSeconds(30)).until(actual(api, plan, "BENEFICIARIES_SUPPORTED"), people -> people == 1);
        }
    }

    private ActivityHeld held(ActivityType type, int minutes, List<String> people, int revision) {
        return new ActivityHeld(UUID.randomUUID().toString(), office, type, List.of(InterventionArea.RECEPTION_AND_INTEGRATION), List.of("pt"),
                YESTERDAY, minutes, people, List.of("ana.lisboa"), List.of(), List.of(new ParticipantCount(ParticipantCategory.COMMUNITY, 12)),
                revision, "technician", Instant.now());
    }

    private ResourcePublished published(String id, ResourceType type) {
        return new ResourcePublished(id, office, type, List.of(InterventionArea.LEGAL_STATUS), ResourceAudience.MIGRANTS, List.of("pt", "en"),
                "technician", YESTERDAY);
    }

    private String plan(HttpApi api) {
        HttpApi.Response created = api.post("/api/v1/plans", TestTokens.admin(), """
                {"name": "Programa do gabinete", "periodStart": "%s", "periodEnd": "%s", "officeIds": ["%s"],
                 "indicators": [
                   {"code": "BENEFICIARIES_SUPPORTED", "name": "Pessoas apoiadas", "target": 10, "source": "EVENTS"},
                   {"code": "TECHNICIAN_TRAINING_HOURS", "name": "Horas de formação", "target": 48, "source": "EVENTS"},
                   {"code": "AWARENESS_ACTIONS", "name": "Ações de sensibilização", "target": 6, "source": "EVENTS"},
                   {"code": "NETWORK_MEETINGS", "name": "Reuniões de rede", "target": 3, "source": "EVENTS"},
                   {"code": "GUIDES_PUBLISHED", "name": "Guias", "target": 18, "source": "EVENTS"},
                   {"code": "PUBLICATIONS", "name": "Publicações", "target": 36, "source": "EVENTS"}]}"""
                .formatted(TODAY.minusYears(1), TODAY.plusYears(1), office));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private Map<String, Long> figures(HttpApi api, String plan) {
        Map<String, Long> figures = new HashMap<>();
        api.get("/api/v1/plans/" + plan + "/progress", TestTokens.manager(office)).json().get("indicators").values()
                .forEach(indicator -> figures.put(indicator.get("code").asString(), indicator.get("actual").asLong()));
        return figures;
    }

    private Callable<Long> actual(HttpApi api, String plan, String code) {
        return () -> figures(api, plan).get(code);
    }
}
