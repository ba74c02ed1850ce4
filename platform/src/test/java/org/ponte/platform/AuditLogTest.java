package org.ponte.platform;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ponte.testsupport.HttpApi;
import org.ponte.testsupport.RealInfrastructure;
import org.ponte.testsupport.TestTokens;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Who read or changed whose data, as an administrator finds it through {@code GET /api/v1/audit}. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class AuditLogTest {

    @LocalServerPort
    int port;
    HttpApi api;
    String person = "person-" + UUID.randomUUID();

    @BeforeEach
    void connect() {
        api = new HttpApi("http://localhost:" + port);
    }

    @Test
    void readingPersonalDataLeavesAnEntryAnAdministratorCanFind() {
        HttpApi.Response read = api.send(api.request("/api/v1/offices/lisboa/people/" + person, TestTokens.technician("lisboa"))
                .header("X-Correlation-Id", "corr-audit-1").GET());
        assertThat(read.status()).isEqualTo(200);

        HttpApi.Response audit = api.get("/api/v1/audit?subjectId=" + person, TestTokens.admin());

        assertThat(audit.status()).isEqualTo(200);
        assertThat(audit.json().get("totalItems").asLong()).isEqualTo(1);
        JsonNode entry = audit.json().get("items").get(0);
        assertThat(entry.get("actorId").asString()).isEqualTo("technician-lisboa");
        assertThat(entry.get("actorRoles").get(0).asString()).isEqualTo("TECHNICIAN");
        assertThat(entry.get("actorOfficeId").asString()).isEqualTo("lisboa");
        assertThat(entry.get("subjectId").asString()).isEqualTo(person);
        assertThat(entry.get("action").asString()).isEqualTo("READ");
        assertThat(entry.get("what").asString()).isEqualTo("person.profile");
        assertThat(entry.get("why").asString()).isEqualTo("case work");
        assertThat(entry.get("correlationId").asString()).isEqualTo("corr-audit-1");
        assertThat(Instant.parse(entry.get("at").asString())).isBetween(Instant.now().minusSeconds(60), Instant.now());
    }

    @Test
    void deniedReadsLeaveNoEntryBecauseNothingWasRead() {
        api.get("/api/v1/offices/lisboa/people/" + person, TestTokens.technician("porto"));

        assertThat(api.get("/api/v1/audit?subjectId=" + person, TestTokens.admin()).json().get("totalItems").asLong()).isZero();
    }

    @Test
    void entriesAreFoundByPeriodNewestFirst() {
        Instant before = Instant.now();
        api.get("/api/v1/offices/lisboa/people/" + person, TestTokens.technician("lisboa"));
        api.get("/api/v1/offices/porto/people/" + person, TestTokens.technician("porto"));
        Instant after = Instant.now().plusMillis(1);

        JsonNode within = api.get("/api/v1/audit?subjectId=" + person + "&from=" + before + "&to=" + after, TestTokens.admin()).json();
        JsonNode earlier = api.get("/api/v1/audit?subjectId=" + person + "&to=" + before, TestTokens.admin()).json();

        assertThat(within.get("totalItems").asLong()).isEqualTo(2);
        assertThat(within.get("items").get(0).get("actorOfficeId").asString()).isEqualTo("porto");
        assertThat(earlier.get("totalItems").asLong()).isZero();
    }

    @Test
    void entriesAreSortedAsAskedAndAnUnknownOrderIsA400Problem() {
        api.get("/api/v1/offices/lisboa/people/" + person, TestTokens.technician("lisboa"));
        api.get("/api/v1/offices/porto/people/" + person, TestTokens.technician("porto"));

        JsonNode oldestFirst = api.get("/api/v1/audit?subjectId=" + person + "&sort=at,asc", TestTokens.admin()).json();
        JsonNode byActor = api.get("/api/v1/audit?subjectId=" + person + "&sort=actor,desc", TestTokens.admin()).json();
        HttpApi.Response unknown = api.get("/api/v1/audit?subjectId=" + person + "&sort=why", TestTokens.admin());
        HttpApi.Response noDirection = api.get("/api/v1/audit?subjectId=" + person + "&sort=at,sideways", TestTokens.admin());

        assertThat(oldestFirst.get("items").get(0).get("actorOfficeId").asString()).isEqualTo("lisboa");
        assertThat(byActor.get("items").get(0).get("actorId").asString()).isEqualTo("technician-porto");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("type").asString()).isEqualTo("urn:ponte:problem:invalid-sort");
        assertThat(unknown.json().get("detail").asString()).contains("action, actor, at");
        assertThat(noDirection.status()).isEqualTo(400);
    }

    @Test
    void onlyAdministratorsReadTheAuditLog() {
        assertThat(api.get("/api/v1/audit?subjectId=" + person, TestTokens.technician("lisboa")).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/audit?subjectId=" + person, TestTokens.manager("lisboa")).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/audit?subjectId=" + person, TestTokens.partner("partner-1")).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/audit?subjectId=" + person, null).status()).isEqualTo(401);
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsA400Problem() {
        HttpApi.Response response = api.get("/api/v1/audit?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z", TestTokens.admin());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("type").asString()).isEqualTo("urn:ponte:problem:invalid-period");
    }

    @Test
    void theLogCannotBeChangedOrDeletedThroughTheApi() {
        api.get("/api/v1/offices/lisboa/people/" + person, TestTokens.technician("lisboa"));
        String id = api.get("/api/v1/audit?subjectId=" + person, TestTokens.admin()).json().get("items").get(0).get("id").asString();

        assertThat(api.delete("/api/v1/audit/" + id, TestTokens.admin()).status()).isBetween(400, 499);
        assertThat(api.put("/api/v1/audit/" + id, TestTokens.admin(), "{\"what\":\"nothing\"}").status()).isBetween(400, 499);
        assertThat(api.get("/api/v1/audit?subjectId=" + person, TestTokens.admin()).json().get("items").get(0).get("what").asString())
                .isEqualTo("person.profile");
    }
}
