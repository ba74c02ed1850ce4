package org.ponte.cases;

import org.junit.jupiter.api.Test;
import org.ponte.events.partners.OfficeUpserted;
import org.ponte.events.vocabulary.Region;
import org.ponte.testsupport.EventFeed;
import org.ponte.testsupport.HttpApi;
import org.ponte.testsupport.TestInfrastructure;
import org.ponte.testsupport.TestTokens;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Offices as the directory topic tells case-service of them: the prefix of their case numbers, and whether they open cases. */
class OfficeDirectoryTest extends CaseServiceTest {

    @Test
    void casesAreNumberedWithThePrefixTheDirectoryGivesAndAClosedOfficeOpensNone() {
        String office = "office-" + UUID.randomUUID().toString().substring(0, 8);
        String technician = TestTokens.technician(office);
        String prefix = "Q" + (char) ('A' + Math.floorMod(office.hashCode(), 26)) + (char) ('A' + Math.floorMod(office.hashCode() / 26, 26));
        String unknownYet = client.register(technician, CaseServiceClient.uniqueName(), false);
        assertThat(client.openCase(technician, unknownYet).get("caseNumber").asString())
                .as("an office not yet in the directory numbers by its id").startsWith("OFF-");

        try (EventFeed directory = new EventFeed(TestInfrastructure.embedded(), "referral-service")) {
            directory.send(new OfficeUpserted(office, 2, "CLAIM Teste", "Lisboa", Region.PT1A, prefix, true, Instant.now()));
            directory.send(new OfficeUpserted(office, 1, "An older snapshot", "Lisboa", Region.PT1A, "OLD", true, Instant.now()));
        }
        String person = client.register(technician, CaseServiceClient.uniqueName(), false);
        await().atMost(Duration.ofSeconds(20)).until(() -> client.openCase(technician, person).get("caseNumber").asString().startsWith(prefix + "-"));

        try (EventFeed directory = new EventFeed(TestInfrastructure.embedded(), "referral-service")) {
            directory.send(new OfficeUpserted(office, 3, "CLAIM Teste", "Lisboa", Region.PT1A, prefix, false, Instant.now()));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> api.post("/api/v1/cases", technician,
                "{\"beneficiaryId\": \"" + person + "\", \"areas\": [\"HEALTH\"]}").status() == 422);
        HttpApi.Response refused = api.post("/api/v1/cases", technician, "{\"beneficiaryId\": \"" + person + "\", \"areas\": [\"HEALTH\"]}");
        assertThat(refused.json().get("type").asString()).endsWith("office-inactive");
        assertThat(api.get("/api/v1/cases?officeId=" + office, technician).status()).as("its history stays readable").isEqualTo(200);
    }
}
