package org.ponte.programme;

import org.junit.jupiter.api.Test;
import org.ponte.events.EventEnvelope;
import org.ponte.events.KafkaEventRecords;
import org.ponte.events.Topics;
import org.ponte.events.programme.ActivityCancelled;
import org.ponte.events.programme.ActivityHeld;
import org.ponte.events.programme.ActivityScheduled;
import org.ponte.events.programme.ParticipantCount;
import org.ponte.events.vocabulary.ParticipantCategory;
import org.ponte.testsupport.EventProbe;
import org.ponte.testsupport.HttpApi;
import org.ponte.testsupport.TestInfrastructure;
import org.ponte.testsupport.TestTokens;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ponte.programme.ProgrammeWorld.TECHNICIAN;

class ActivityFlowTest extends ProgrammeServiceTest {

    private static final Instant LAST_WEEK = Instant.now().minus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);

    @Test
    void aTrainingHeldWithItsParticipantsIsPublishedWithIdsAndCountsOnly() {
        String person = world.person("lisboa");
        String partner = world.partner();
        String training = world.schedule("TECHNICIAN_TRAINING", LAST_WEEK, 180);

        HttpApi.Response held = world.held(training, TECHNICIAN, """
                {"heldAt": "%s", "beneficiaryIds": ["%s", "%s"], "staffIds": ["ana.lisboa", "bruno.lisboa"], "partnerIds": ["%s"],
                 "anonymousParticipants": {"TECHNICIANS": 6, "COMMUNITY": 0}}""".formatted(LAST_WEEK, person, person, partner));

        assertThat(held.status()).as(held.body()).isEqualTo(200);
        JsonNode activity = held.json();
        assertThat(activity.get("status").asString()).isEqualTo("HELD");
        assertThat(activity.get("heldMinutes").asInt()).as("as planned").isEqualTo(180);
        assertThat(activity.get("participants").get("total").asInt()).as("a repeated person counts once").isEqualTo(9);
        try (EventProbe probe = new EventProbe(TestInfrastructure.embedded(), Topics.PROGRAMME_EVENTS)) {
            EventEnvelope<ActivityHeld> event = probe.await(ActivityHeld.class, e -> e.activityId().equals(training));
            assertThat(event.data().beneficiaryIds()).containsExactly(person);
            assertThat(event.data().staffIds()).containsExactly("ana.lisboa", "bruno.lisboa");
            assertThat(event.data().anonymousParticipants()).containsExactly(new ParticipantCount(ParticipantCategory.TECHNICIANS, 6));
            assertThat(event.data().durationMinutes()).isEqualTo(180);
            assertThat(probe.await(ActivityScheduled.class, e -> e.activityId().equals(training)).data().durationMinutes()).isEqualTo(180);
            String record = new String(probe.awaitRecord(r -> r.key().equals(training)
                    && KafkaEventRecords.headers(r).get("ce_type").endsWith("ActivityHeld")).value(), StandardCharsets.UTF_8);
            assertThat(record).doesNotContain("acolhimento").doesNotContain("Alecrim");
        }
    }

    @Test
    void aProgrammeOfSeveralSessionsCountsItsTotalHours() {
        HttpApi.Response created = api.post("/api/v1/activities", TECHNICIAN, """
                {"officeId": "lisboa", "type": "TRAINING_PROGRAMME", "title": "Português para o trabalho / Portuguese for work",
                 "areas": ["LANGUAGE", "EMPLOYMENT_AND_ENTREPRENEURSHIP"], "languages": ["pt", "en"],
                 "sessions": [{"startsAt": "%s", "durationMinutes": 180}, {"startsAt": "%s", "durationMinutes": 180},
                              {"startsAt": "%s", "durationMinutes": 120}]}"""
                .formatted(LAST_WEEK.plus(2, ChronoUnit.DAYS), LAST_WEEK, LAST_WEEK.plus(1, ChronoUnit.DAYS)));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("durationMinutes").asInt()).isEqualTo(480);
        assertThat(created.json().get("startsAt").asString()).as("the first session").isEqualTo(LAST_WEEK.toString());
        assertThat(created.json().get("endsAt").asString()).isEqualTo(LAST_WEEK.plus(2, ChronoUnit.DAYS).plus(3, ChronoUnit.HOURS).toString());
    }

    @Test
    void whatAUserGetsWrongIsRefusedNamingTheField() {
        String activity = world.schedule("AWARENESS_ACTION", LAST_WEEK, 90);
        String porto = world.person("porto");

        assertProblem(world.held(activity, TECHNICIAN, "{\"heldAt\": \"%s\", \"anonymousParticipants\": {\"COMMUNITY\": 30}}"
                .formatted(Instant.now().plus(2, ChronoUnit.DAYS))), 422, "held-in-the-future", "heldAt");
        assertProblem(world.held(activity, TECHNICIAN, "{\"heldAt\": \"%s\", \"durationMinutes\": 0, \"anonymousParticipants\": {\"COMMUNITY\": 30}}"
                .formatted(LAST_WEEK)), 400, null, "durationMinutes");
        assertProblem(world.held(activity, TECHNICIAN, "{\"heldAt\": \"%s\", \"beneficiaryIds\": [\"%s\"]}".formatted(LAST_WEEK, porto)),
                422, "not-people-of-the-office", "beneficiaryIds");
        assertProblem(world.held(activity, TECHNICIAN, "{\"heldAt\": \"%s\", \"partnerIds\": [\"no-such-partner\"], \"staffIds\": [\"ana\"]}"
                .formatted(LAST_WEEK)), 422, "unknown-partner", "partnerIds");
        assertProblem(world.held(activity, TECHNICIAN, "{\"heldAt\": \"%s\"}".formatted(LAST_WEEK)), 422, "no-participants", "beneficiaryIds");
        HttpApi.Response aNameAsStaff = world.held(activity, TECHNICIAN, "{\"heldAt\": \"%s\", \"staffIds\": [\"Maria Silva\"]}".formatted(LAST_WEEK));
        assertThat(aNameAsStaff.status()).as("a name typed as a staff id never reaches ActivityHeld").isEqualTo(400);
        assertThat(aNameAsStaff.body()).contains("staffIds").contains("must be a staff id");
        assertProblem(api.post("/api/v1/activities", TECHNICIAN, """
                {"officeId": "lisboa", "type": "CONFERENCE", "title": "Recrutar sem discriminar", "areas": ["EMPLOYMENT_AND_ENTREPRENEURSHIP"],
                 "startsAt": "%s", "endsAt": "%s"}""".formatted(LAST_WEEK, LAST_WEEK.minusSeconds(3600))), 422, "ends-before-start", "endsAt");
        assertProblem(api.post("/api/v1/activities", TECHNICIAN, """
                {"officeId": "lisboa", "type": "MEETUP", "title": "x", "areas": ["LANGUAGE"], "startsAt": "%s", "durationMinutes": 60}"""
                .formatted(LAST_WEEK)), 400, null, "type");
        assertThat(api.get("/api/v1/activities/" + activity, TECHNICIAN).json().get("status").asString())
                .as("nothing of the refused requests was kept").isEqualTo("SCHEDULED");
    }

    @Test
    void onlyTheOfficesTechniciansChangeItsActivitiesAndManagersOnlyRead() {
        String activity = world.schedule("NETWORK_MEETING", LAST_WEEK, 120);
        String body = "{\"heldAt\": \"%s\", \"anonymousParticipants\": {\"OTHER\": 12}}".formatted(LAST_WEEK);

        assertThat(world.held(activity, TestTokens.technician("porto"), body).status()).as("another office's technician").isEqualTo(404);
        assertThat(api.post("/api/v1/activities/" + activity + "/cancel", TestTokens.technician("porto"), "{}").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/activities/" + activity, TestTokens.technician("porto")).status()).isEqualTo(404);
        assertThat(world.held(activity, TestTokens.manager("lisboa"), body).status()).as("a manager only reads").isEqualTo(403);
        assertThat(world.held(activity, TestTokens.partner("partner-1"), body).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/activities", TestTokens.technician("porto"), """
                {"officeId": "lisboa", "type": "OTHER", "title": "x", "areas": ["LANGUAGE"], "startsAt": "%s", "durationMinutes": 60}"""
                .formatted(LAST_WEEK)).status()).as("scheduling for another office").isEqualTo(403);
        assertThat(api.get("/api/v1/activities?officeId=lisboa", TestTokens.technician("porto")).status()).isEqualTo(403);

        String person = world.person("lisboa");
        assertThat(world.held(activity, TECHNICIAN, "{\"heldAt\": \"%s\", \"beneficiaryIds\": [\"%s\"]}".formatted(LAST_WEEK, person))
                .status()).isEqualTo(200);
        JsonNode seenByManager = api.get("/api/v1/activities/" + activity, TestTokens.manager("lisboa")).json();
        assertThat(seenByManager.get("participants").get("registered").asInt()).isEqualTo(1);
        assertThat(seenByManager.get("participants").get("beneficiaryIds").isNull()).as("a manager sees counts, not who").isTrue();
        assertThat(api.get("/api/v1/activities?officeId=lisboa&type=NETWORK_MEETING&size=100", TestTokens.manager("lisboa")).json()
                .get("items").values()).extracting(item -> item.get("id").asString()).contains(activity);
    }

    @Test
    void aCorrectionOfTheParticipantsIsANewRevisionKeptInTheAuditLog() {
        String first = world.person("lisboa");
        String second = world.person("lisboa");
        String activity = world.schedule("INFORMATION_SESSION", LAST_WEEK, 60);
        assertThat(world.held(activity, TECHNICIAN, "{\"heldAt\": \"%s\", \"beneficiaryIds\": [\"%s\"]}".formatted(LAST_WEEK, first))
                .status()).isEqualTo(200);

        HttpApi.Response corrected = world.held(activity, TECHNICIAN, "{\"heldAt\": \"%s\", \"beneficiaryIds\": [\"%s\"]}"
                .formatted(LAST_WEEK, second));

        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        assertThat(corrected.json().get("revision").asInt()).isEqualTo(2);
        try (EventProbe probe = new EventProbe(TestInfrastructure.embedded(), Topics.PROGRAMME_EVENTS)) {
            assertThat(probe.await(ActivityHeld.class, e -> e.activityId().equals(activity) && e.revision() == 2).data().beneficiaryIds())
                    .containsExactly(second);
        }
        assertThat(api.get("/api/v1/audit?subjectId=" + activity, TestTokens.admin()).json().get("items").values())
                .extracting(entry -> entry.get("what").asString()).containsExactly("activity.participants");
        assertThat(api.get("/api/v1/audit?subjectId=" + first, TestTokens.admin()).json().get("items").values())
                .extracting(entry -> entry.get("why").asString()).singleElement().asString().endsWith("removed");
    }

    @Test
    void aCancelledActivityCannotBeHeldOrChangedAndIsCancelledOnce() {
        String activity = world.schedule("RECRUITMENT_EVENT", LAST_WEEK, 240);
        String change = """
                {"officeId": "lisboa", "type": "RECRUITMENT_EVENT", "title": "Feira de emprego", "areas": ["EMPLOYMENT_AND_ENTREPRENEURSHIP"],
                 "startsAt": "%s", "durationMinutes": 300}""".formatted(LAST_WEEK);
        assertThat(api.put("/api/v1/activities/" + activity, TECHNICIAN, change).json().get("durationMinutes").asInt()).isEqualTo(300);

        assertThat(api.post("/api/v1/activities/" + activity + "/cancel", TECHNICIAN, "{}").status()).isEqualTo(200);

        assertProblem(api.post("/api/v1/activities/" + activity + "/cancel", TECHNICIAN, "{}"), 409, "cancelled", null);
        assertProblem(world.held(activity, TECHNICIAN, "{\"heldAt\": \"%s\", \"anonymousParticipants\": {\"EMPLOYERS\": 8}}".formatted(LAST_WEEK)),
                409, "cancelled", null);
        assertProblem(api.put("/api/v1/activities/" + activity, TECHNICIAN, change), 409, "not-scheduled", null);
        try (EventProbe probe = new EventProbe(TestInfrastructure.embedded(), Topics.PROGRAMME_EVENTS)) {
            probe.await(ActivityCancelled.class, e -> e.activityId().equals(activity));
            await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(3)).until(() ->
                    probe.events().stream().filter(e -> e.data() instanceof ActivityCancelled c && c.activityId().equals(activity)).count() == 1);
        }
    }

    static void assertProblem(HttpApi.Response response, int status, String type, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        if (type != null) {
            assertThat(response.json().get("type").asString()).isEqualTo("urn:ponte:problem:" + type);
        }
        if (field != null) {
            assertThat(response.json().get("errors").values()).as(response.body()).extracting(error -> error.get("field").asString())
                    .contains(field);
        }
    }
}
