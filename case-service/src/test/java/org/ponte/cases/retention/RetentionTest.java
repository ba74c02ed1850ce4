package org.ponte.cases.retention;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ponte.platform.privacy.PersonKeys;
import org.ponte.testsupport.HttpApi;
import org.ponte.testsupport.RealInfrastructure;
import org.ponte.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The end of the retention period, through the real store: a person whose every case closed longer ago than the
 * office's five years is erased with their key, the others stay; the office's manager sees how many, never who.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class RetentionTest {

    static final String TECHNICIAN = TestTokens.technician("lisboa");

    @LocalServerPort
    int port;
    @Autowired
    RetentionCheck check;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    PersonKeys keys;
    HttpApi api;

    @BeforeEach
    void connect() {
        api = new HttpApi("http://localhost:" + port);
    }

    @Test
    void peopleWhoseCasesAllClosedLongerAgoThanTheOfficeKeepsDataAreErasedAndOnlyCounted() {
        String longClosed = person();
        closeYearsAgo(openCase(longClosed), 6);
        String stillSupported = person();
        closeYearsAgo(openCase(stillSupported), 6);
        openCase(stillSupported);
        String recentlyClosed = person();
        closeYearsAgo(openCase(recentlyClosed), 1);
        long erasedBefore = api.get("/api/v1/retention?officeId=lisboa", TestTokens.manager("lisboa")).json().get("erasedInAll").asLong();

        assertThat(check.run().get("lisboa")).isGreaterThanOrEqualTo(1);

        assertThat(api.get("/api/v1/beneficiaries/" + longClosed, TECHNICIAN).status()).isEqualTo(404);
        assertThat(keys.holds(longClosed)).as("erased with their key").isFalse();
        assertThat(api.get("/api/v1/beneficiaries/" + stillSupported, TECHNICIAN).status()).as("an open case keeps the person").isEqualTo(200);
        assertThat(api.get("/api/v1/beneficiaries/" + recentlyClosed, TECHNICIAN).status()).as("within five years").isEqualTo(200);
        HttpApi.Response report = api.get("/api/v1/retention?officeId=lisboa", TestTokens.manager("lisboa"));
        assertThat(report.status()).isEqualTo(200);
        JsonNode body = report.json();
        assertThat(body.get("period").asString()).isEqualTo("P5Y");
        assertThat(body.get("erasedInAll").asLong()).isGreaterThan(erasedBefore);
        assertThat(report.body()).as("counts, never the people").doesNotContain(longClosed);
        assertThat(check.run()).as("a second check erases nobody twice").doesNotContainKey("lisboa");
        assertThat(api.get("/api/v1/retention?officeId=lisboa", TestTokens.manager("porto")).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/retention?officeId=lisboa", TestTokens.partner("partner-1")).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/retention", TestTokens.partner("partner-1")).status()).as("refused before it is asked for an office")
                .isEqualTo(403);
        assertThat(api.get("/api/v1/retention", TestTokens.admin()).json().get("type").asString())
                .as("an administrator names the office").isEqualTo("urn:ponte:problem:office-required");
    }

    private String person() {
        HttpApi.Response registered = api.post("/api/v1/beneficiaries", TECHNICIAN, """
                {"fullName": "Retida %s", "dateOfBirth": "1980-01-01", "sex": "MALE", "nationality": "IN", "preferredLanguage": "en",
                 "consent": {"dataProcessing": true, "shareWithPartners": false}, "confirmedNotDuplicate": true}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8)));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        return registered.json().get("id").asString();
    }

    private String openCase(String person) {
        HttpApi.Response opened = api.post("/api/v1/cases", TECHNICIAN, "{\"beneficiaryId\": \"" + person + "\", \"areas\": [\"HOUSING\"]}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        return opened.json().get("id").asString();
    }

    /** Closed through the API, then dated back in the store: the years that passed since. */
    private void closeYearsAgo(String caseId, int years) {
        assertThat(api.post("/api/v1/cases/" + caseId + "/close", TECHNICIAN, "{\"reason\": \"OBJECTIVES_MET\"}").status()).isEqualTo(200);
        Instant then = Instant.now().atZone(ZoneOffset.UTC).minusYears(years).toInstant();
        mongo.getCollection("cases").updateOne(new Document("_id", caseId), new Document("$set", new Document("closedAt", Date.from(then))));
    }
}
