package org.ponte.cases;

import org.junit.jupiter.api.Test;
import org.ponte.testsupport.HttpApi;
import org.ponte.testsupport.TestTokens;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GDPR Art. 15 and 30 as an administrator meets them in case-service: everything held on one person, with who read
 * it, in one answer that is itself audited; and the record of processing, read from the code's own declarations.
 */
class SubjectAccessTest extends CaseServiceTest {

    @Test
    void anAdministratorGetsEverythingHeldOnAPersonAndWhoReadItAndTheExportIsAudited() {
        String name = CaseServiceClient.uniqueName();
        String id = client.register(LISBOA, name, false);
        String caseId = client.openCase(LISBOA, id).get("id").asString();
        assertThat(client.recordAttendance(LISBOA, caseId, 20, CaseServiceClient.anHourAgo()).status()).isEqualTo(201);
        assertThat(api.get("/api/v1/beneficiaries/" + id, LISBOA).status()).isEqualTo(200);

        HttpApi.Response export = api.get("/api/v1/subject-access/" + id, TestTokens.admin());

        assertThat(export.status()).as(export.body()).isEqualTo(200);
        JsonNode holdings = export.json().get("holdings");
        assertThat(holdings.get("person").get("fullName").asString()).isEqualTo(name);
        assertThat(holdings.get("cases").get(0).get("id").asString()).isEqualTo(caseId);
        assertThat(holdings.get("attendances").get(0).get("summary").asString()).startsWith("Renewal of residence permit");
        assertThat(export.json().get("accessLog").values()).as("who read the person's data, and why")
                .anyMatch(entry -> entry.get("actorId").asString().equals("technician-lisboa") && entry.get("what").asString().equals("beneficiary.record"));
        assertThat(api.get("/api/v1/subject-access/" + id, TestTokens.admin()).json().get("accessLog").values())
                .as("the export itself is in the log").anyMatch(entry -> entry.get("what").asString().equals("subject-access.export"));
        assertThat(api.get("/api/v1/subject-access/" + id, LISBOA).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/subject-access/" + id, TestTokens.manager("lisboa")).status()).isEqualTo(403);
    }

    @Test
    void theRecordOfProcessingListsWhatIsStoredWhyAndForHowLongFromTheCode() {
        JsonNode record = api.get("/api/v1/processing-record", TestTokens.admin()).json();

        assertThat(record.get("service").asString()).isEqualTo("case-service");
        assertThat(record.get("records").values()).extracting(line -> line.get("collection").asString())
                .contains("beneficiaries", "attendances", "appointments", "legal_status_timelines", "mentoring_sessions", "audit_log", "person_keys");
        JsonNode attendances = record.get("records").values().stream().filter(line -> line.get("collection").asString().equals("attendances"))
                .findFirst().orElseThrow();
        assertThat(attendances.get("sealed").values()).extracting(JsonNode::asString).containsExactly("summary");
        assertThat(attendances.get("purpose").asString()).isNotBlank();
        assertThat(attendances.get("kept").asString()).contains("erased");
        assertThat(api.get("/api/v1/processing-record", LISBOA).status()).isEqualTo(403);
    }
}
