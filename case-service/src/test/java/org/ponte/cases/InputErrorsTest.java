package org.ponte.cases;

import org.junit.jupiter.api.Test;
import org.ponte.testsupport.HttpApi;
import org.ponte.testsupport.TestTokens;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input gets a clear problem+json naming the field, and loses nothing. */
class InputErrorsTest extends CaseServiceTest {

    @Test
    void aMalformedFieldIs400NamingIt() {
        HttpApi.Response response = api.post("/api/v1/beneficiaries", LISBOA,
                CaseServiceClient.person("Ana Teste", true).replace("\"BR\"", "\"Brazil\""));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(fields(response)).contains("nationality");
    }

    @Test
    void aValueOfTheWrongTypeIs400NamingIt() {
        HttpApi.Response response = api.post("/api/v1/beneficiaries", LISBOA,
                CaseServiceClient.person("Ana Teste", true).replace("\"FEMALE\"", "\"SOMETIMES\""));

        assertThat(response.status()).isEqualTo(400);
        assertThat(fields(response)).contains("sex");
    }

    @Test
    void registeringWithoutConsentToProcessingIs422() {
        HttpApi.Response response = api.post("/api/v1/beneficiaries", LISBOA,
                CaseServiceClient.person(CaseServiceClient.uniqueName(), false).replace("\"dataProcessing\": true", "\"dataProcessing\": false"));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("type").asString()).isEqualTo("urn:ponte:problem:consent-required");
        assertThat(fields(response)).contains("consent.dataProcessing");
    }

    @Test
    void aPossibleDuplicateIs409WithTheMatchesUntilTheTechnicianConfirmsItIsAnotherPerson() {
        String name = CaseServiceClient.uniqueName();
        String first = client.register(LISBOA, name, true);

        HttpApi.Response again = api.post("/api/v1/beneficiaries", LISBOA, CaseServiceClient.person(name.toUpperCase(), true));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("type").asString()).isEqualTo("urn:ponte:problem:possible-duplicate");
        assertThat(again.json().get("possibleMatches").get(0).get("id").asString()).isEqualTo(first);

        String confirmed = CaseServiceClient.person(name, true).replace("\"consent\"", "\"confirmedNotDuplicate\": true, \"consent\"");
        assertThat(api.post("/api/v1/beneficiaries", LISBOA, confirmed).status()).isEqualTo(201);
        assertThat(api.post("/api/v1/beneficiaries", TestTokens.technician("porto"), CaseServiceClient.person(name, true)).status())
                .as("another office keeps its own records").isEqualTo(201);
    }

    @Test
    void attendanceRulesAre422NamingTheField() {
        String caseId = client.openCase(LISBOA, client.register(LISBOA, CaseServiceClient.uniqueName(), true)).get("id").asString();

        HttpApi.Response zero = client.recordAttendance(LISBOA, caseId, 0, CaseServiceClient.anHourAgo());
        HttpApi.Response future = client.recordAttendance(LISBOA, caseId, 30, Instant.now().plus(2, ChronoUnit.DAYS));
        HttpApi.Response noArea = api.post("/api/v1/cases/" + caseId + "/attendances", LISBOA,
                "{\"occurredAt\": \"" + CaseServiceClient.anHourAgo() + "\", \"channel\": \"PHONE\", \"areas\": [], \"durationMinutes\": 10}");

        assertThat(zero.status()).isEqualTo(422);
        assertThat(fields(zero)).contains("durationMinutes");
        assertThat(future.status()).isEqualTo(422);
        assertThat(fields(future)).contains("occurredAt");
        assertThat(noArea.status()).isEqualTo(400);
        assertThat(fields(noArea)).contains("areas");
        assertThat(api.get("/api/v1/cases/" + caseId + "/attendances", LISBOA).json().get("totalItems").asLong())
                .as("nothing half-written").isZero();
    }

    @Test
    void aClosedCaseTakesNoAttendanceAndCannotBeClosedTwice() {
        String caseId = client.openCase(LISBOA, client.register(LISBOA, CaseServiceClient.uniqueName(), true)).get("id").asString();
        assertThat(api.post("/api/v1/cases/" + caseId + "/close", LISBOA, "{\"reason\": \"NO_CONTACT\"}").status()).isEqualTo(200);

        HttpApi.Response attendance = client.recordAttendance(LISBOA, caseId, 30, CaseServiceClient.anHourAgo());
        HttpApi.Response closeAgain = api.post("/api/v1/cases/" + caseId + "/close", LISBOA, "{\"reason\": \"NO_CONTACT\"}");

        assertThat(attendance.status()).isEqualTo(422);
        assertThat(attendance.json().get("type").asString()).isEqualTo("urn:ponte:problem:case-closed");
        assertThat(closeAgain.status()).isEqualTo(409);
        assertThat(closeAgain.json().get("detail").asString()).contains("CLOSED");
    }

    @Test
    void aChangeBasedOnAStaleVersionIs409() {
        String id = client.register(LISBOA, CaseServiceClient.uniqueName(), true);
        long version = api.get("/api/v1/beneficiaries/" + id, LISBOA).json().get("version").asLong();
        assertThat(api.send(api.request("/api/v1/beneficiaries/" + id, LISBOA).header("If-Match", "\"" + version + "\"")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(CaseServiceClient.person("First Edit", true)))).status()).isEqualTo(200);

        HttpApi.Response stale = api.send(api.request("/api/v1/beneficiaries/" + id, LISBOA).header("If-Match", "\"" + version + "\"")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(CaseServiceClient.person("Second Edit", true))));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(api.get("/api/v1/beneficiaries/" + id, LISBOA).json().get("fullName").asString()).isEqualTo("First Edit");
    }

    @Test
    void unknownThingsAre404() {
        assertThat(api.get("/api/v1/cases/no-such-case", LISBOA).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/beneficiaries/no-such-person", LISBOA).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/cases", LISBOA, "{\"beneficiaryId\": \"no-such-person\"}").status()).isEqualTo(404);
    }

    @Test
    void techniciansFindPeopleByNameWithoutAccentsOrByCaseNumber() {
        String suffix = CaseServiceClient.uniqueName().substring(11);
        String id = client.register(LISBOA, "Joaquim Gonçalves " + suffix, true);
        String caseNumber = client.openCase(LISBOA, id).get("caseNumber").asString();

        JsonNode byName = api.get("/api/v1/beneficiaries?q=goncalves%20" + suffix, LISBOA).json();
        JsonNode byNumber = api.get("/api/v1/beneficiaries?q=" + caseNumber.toLowerCase(), LISBOA).json();

        assertThat(byName.get("items").values()).extracting(node -> node.get("id").asString()).containsExactly(id);
        assertThat(byNumber.get("items").values()).extracting(node -> node.get("id").asString()).containsExactly(id);
        assertThat(api.get("/api/v1/beneficiaries?q=goncalves%20" + suffix, TestTokens.technician("porto")).json()
                .get("totalItems").asLong()).isZero();
    }

    private static List<String> fields(HttpApi.Response response) {
        return response.json().path("errors").values().stream().map(error -> error.get("field").asString()).toList();
    }
}
