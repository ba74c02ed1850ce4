package org.ponte.referrals;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.ponte.events.Topics;
import org.ponte.events.partners.OfficeUpserted;
import org.ponte.events.vocabulary.Region;
import org.ponte.testsupport.EventProbe;
import org.ponte.testsupport.HttpApi;
import org.ponte.testsupport.TestInfrastructure;
import org.ponte.testsupport.TestTokens;
import tools.jackson.databind.JsonNode;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The network's offices: kept by administrators, read by everyone signed in, told to every service on the directory topic. */
class OfficeDirectoryTest extends ReferralServiceTest {

    @Test
    void anOfficeCreatedAndChangedIsPublishedWithEachRevisionUnderItsOwnKey() {
        String id = "office-" + UUID.randomUUID().toString().substring(0, 8);
        String prefix = prefix();

        HttpApi.Response created = api.post("/api/v1/offices", TestTokens.admin(), office(id, "CLAIM Braga", "PT11", prefix));
        HttpApi.Response changed = api.put("/api/v1/offices/" + id, TestTokens.admin(), office(id, "CLAIM Braga Centro", "PT11", prefix)
                .replace("}", ", \"active\": false}"));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location")).contains("/api/v1/offices/" + id);
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        try (EventProbe probe = new EventProbe(TestInfrastructure.embedded(), Topics.PARTNER_DIRECTORY)) {
            OfficeUpserted latest = probe.await(OfficeUpserted.class, e -> e.officeId().equals(id) && e.revision() == 2).data();
            assertThat(latest.name()).isEqualTo("CLAIM Braga Centro");
            assertThat(latest.region()).isEqualTo(Region.PT11);
            assertThat(latest.caseNumberPrefix()).isEqualTo(prefix);
            assertThat(latest.active()).isFalse();
            ConsumerRecord<String, byte[]> record = probe.awaitRecord(r -> ("office:" + id).equals(r.key()));
            assertThat(record.key()).as("an office never shares a key with a partner of the same id").isEqualTo("office:" + id);
        }
        JsonNode listed = api.get("/api/v1/offices?includeInactive=true&region=PT11", TestTokens.technician("lisboa")).json();
        assertThat(listed.findValuesAsString("id")).contains(id);
        assertThat(api.get("/api/v1/offices", TestTokens.partner("partner-1")).json().findValuesAsString("id"))
                .as("an inactive office is left out unless asked for").doesNotContain(id);
    }

    @Test
    void twoOfficesCannotShareAnIdOrACaseNumberPrefix() {
        String id = "office-" + UUID.randomUUID().toString().substring(0, 8);
        String prefix = prefix();
        api.post("/api/v1/offices", TestTokens.admin(), office(id, "CLAIM Faro", "PT15", prefix));

        HttpApi.Response sameId = api.post("/api/v1/offices", TestTokens.admin(), office(id, "Outro", "PT15", prefix()));
        HttpApi.Response samePrefix = api.post("/api/v1/offices", TestTokens.admin(), office(id + "-b", "Outro", "PT15", prefix));

        assertThat(sameId.status()).isEqualTo(409);
        assertThat(sameId.json().get("type").asString()).endsWith("duplicate-office");
        assertThat(samePrefix.status()).isEqualTo(409);
        assertThat(samePrefix.json().get("type").asString()).endsWith("case-number-prefix-taken");
    }

    @Test
    void onlyAnAdministratorKeepsOfficesAndBadValuesAreNamed() {
        String id = "office-" + UUID.randomUUID().toString().substring(0, 8);

        assertThat(api.post("/api/v1/offices", TestTokens.coordinator(), office(id, "X", "PT11", prefix())).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/offices", TestTokens.manager("lisboa"), "{not json").status())
                .as("the role is checked before the body is read").isEqualTo(403);
        HttpApi.Response invalid = api.post("/api/v1/offices", TestTokens.admin(), office(id, " ", "PT99", "lis"));
        assertThat(invalid.status()).isEqualTo(400);
        HttpApi.Response badPrefix = api.post("/api/v1/offices", TestTokens.admin(), office(id, "X", "PT11", "lis"));
        assertThat(badPrefix.status()).isEqualTo(400);
        assertThat(badPrefix.json().get("errors").get(0).get("field").asString()).isEqualTo("caseNumberPrefix");
        assertThat(api.get("/api/v1/offices/" + id, TestTokens.admin()).status()).isEqualTo(404);
    }

    private static String office(String id, String name, String region, String prefix) {
        return """
                {"id": "%s", "name": "%s", "municipality": "Braga", "region": "%s", "caseNumberPrefix": "%s"}""".formatted(id, name, region, prefix);
    }

    /** A prefix no other test took: four random capitals. */
    private static String prefix() {
        StringBuilder letters = new StringBuilder();
        UUID.randomUUID().toString().chars().filter(Character::isLetterOrDigit).limit(4).forEach(c -> letters.append((char) ('A' + c % 26)));
        return letters.toString();
    }
}
