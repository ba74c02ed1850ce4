package org.ponte.cases;

import org.ponte.testsupport.HttpApi;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The calls a technician's front end makes, for the integration tests. */
final class CaseServiceClient {

    final HttpApi api;

    CaseServiceClient(int port) {
        this.api = new HttpApi("http://localhost:" + port);
    }

    static String person(String fullName, boolean shareWithPartners) {
        return """
                {"fullName": "%s", "dateOfBirth": "1990-05-17", "sex": "FEMALE", "nationality": "BR",
                 "preferredLanguage": "pt", "phone": "+351 912 345 678", "email": "maria@example.org",
                 "consent": {"dataProcessing": true, "shareWithPartners": %s}}""".formatted(fullName, shareWithPartners);
    }

    static String uniqueName() {
        return "Maria Test " + UUID.randomUUID().toString().substring(0, 8);
    }

    String register(String token, String fullName, boolean shareWithPartners) {
        HttpApi.Response response = api.post("/api/v1/beneficiaries", token, person(fullName, shareWithPartners));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    JsonNode openCase(String token, String beneficiaryId) {
        HttpApi.Response response = api.post("/api/v1/cases", token,
                "{\"beneficiaryId\": \"" + beneficiaryId + "\", \"areas\": [\"LEGAL_STATUS\"]}");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    HttpApi.Response recordAttendance(String token, String caseId, int minutes, Instant occurredAt) {
        return api.post("/api/v1/cases/" + caseId + "/attendances", token, """
                {"occurredAt": "%s", "channel": "IN_PERSON", "areas": ["LEGAL_STATUS", "HOUSING"],
                 "durationMinutes": %d, "summary": "Renewal of residence permit; needs proof of address", "outcome": "FOLLOW_UP_NEEDED"}"""
                .formatted(occurredAt, minutes));
    }

    static Instant anHourAgo() {
        return Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    }
}
