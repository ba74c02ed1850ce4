package org.ponte.cases;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.ponte.platform.privacy.PersonKeys;
import org.ponte.testsupport.HttpApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.bson.types.Binary;
import tools.jackson.databind.JsonNode;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a stolen disk or backup of case-service's store would show of a person: the raw documents, read past the
 * service, hold no personal value in clear; the person is still found by name and as a possible duplicate; and once
 * erased, a copy of their record taken before (a backup) no longer opens, even restored into the store.
 */
class PersonalDataAtRestTest extends CaseServiceTest {

    @Autowired
    MongoTemplate mongo;
    @Autowired
    PersonKeys keys;

    @Test
    void theStoreHoldsNoPersonalValueInClearAndThePersonIsStillFoundByNameAndAsADuplicate() {
        String surname = "Gonçalves" + UUID.randomUUID().toString().substring(0, 6).replaceAll("\\d", "x");
        String id = client.register(LISBOA, "Maria José " + surname, true);

        Document raw = mongo.getCollection("beneficiaries").find(new Document("_id", id)).first();

        assertThat(raw).isNotNull();
        assertThat(raw.get("sealedData")).isInstanceOf(Binary.class);
        assertThat(raw.getList("nameIndex", String.class)).as("keyed hashes of the name's words and their starts").hasSizeGreaterThan(5)
                .allMatch(hash -> hash.matches("[A-Za-z0-9_-]{22}"));
        Document rest = new Document(raw);
        rest.keySet().removeAll(java.util.List.of("sealedData", "nameIndex", "duplicateIndex"));
        assertThat(rest.toJson()).as("the rest of the stored record, read past the service")
                .doesNotContainIgnoringCase("maria").doesNotContainIgnoringCase(surname).doesNotContainIgnoringCase(surname.replace("ç", "c"))
                .doesNotContain("1990").doesNotContain("912 345 678").doesNotContain("maria@example.org");

        JsonNode found = api.get("/api/v1/beneficiaries?q=" + "goncal".concat("ves") + "%20mar", LISBOA).json();
        assertThat(found.get("items").values()).as("a word's start finds the person, without accents or case")
                .anyMatch(person -> person.get("id").asString().equals(id));
        assertThat(api.get("/api/v1/beneficiaries?q=aria", LISBOA).json().get("items").values())
                .as("the middle of a word does not: only starts of words are indexed").noneMatch(person -> person.get("id").asString().equals(id));
        HttpApi.Response again = api.post("/api/v1/beneficiaries", LISBOA, CaseServiceClient.person("maria  JOSE " + surname.toUpperCase(), true));
        assertThat(again.status()).as("the same name and date of birth, as compared, is a possible duplicate").isEqualTo(409);
        assertThat(again.json().get("possibleMatches").values()).anyMatch(match -> match.get("id").asString().equals(id));
    }

    @Test
    void whatIsWrittenAboutThePersonIsSealedTooAndReadsBackInClear() {
        String id = client.register(LISBOA, CaseServiceClient.uniqueName(), false);
        String caseId = client.openCase(LISBOA, id).get("id").asString();
        String marker = UUID.randomUUID().toString().substring(0, 8);
        assertThat(client.recordAttendance(LISBOA, caseId, 30, CaseServiceClient.anHourAgo()).status()).isEqualTo(201);
        assertThat(api.post("/api/v1/beneficiaries/" + id + "/legal-status", LISBOA, """
                {"category": "RESIDENCE_PERMIT", "validFrom": "2025-01-01", "validUntil": "2027-01-01", "documentReference": "AR-%s",
                 "note": "Renovação %s"}""".formatted(marker, marker)).status()).isEqualTo(201);
        assertThat(api.post("/api/v1/beneficiaries/" + id + "/appointments", LISBOA, """
                {"agency": "AIMA", "purpose": "Biometria %s", "at": "%s", "place": "Loja %s"}"""
                .formatted(marker, java.time.Instant.now().plus(java.time.Duration.ofDays(3)), marker)).status()).isEqualTo(201);
        assertThat(api.post("/api/v1/mentoring-sessions", LISBOA, """
                {"kind": "INDIVIDUAL", "caseIds": ["%s"], "area": "EMPLOYMENT_AND_ENTREPRENEURSHIP", "occurredAt": "%s",
                 "durationMinutes": 60, "topic": "Entrevista %s"}""".formatted(caseId, CaseServiceClient.anHourAgo(), marker)).status())
                .isEqualTo(201);

        for (String collection : java.util.List.of("attendances", "legal_status_timelines", "appointments", "mentoring_sessions")) {
            for (Document raw : mongo.getCollection(collection).find()) {
                assertThat(raw.toJson()).as("%s, read past the service", collection).doesNotContain(marker)
                        .doesNotContain("residence permit; needs proof");
            }
        }
        assertThat(api.get("/api/v1/cases/" + caseId + "/attendances", LISBOA).json().get("items").get(0).get("summary").asString())
                .isEqualTo("Renewal of residence permit; needs proof of address");
        assertThat(api.get("/api/v1/beneficiaries/" + id + "/legal-status", LISBOA).body()).contains("AR-" + marker).contains("Renovação " + marker);
        assertThat(api.get("/api/v1/beneficiaries/" + id + "/appointments", LISBOA).body()).contains("Biometria " + marker).contains("Loja " + marker);
        assertThat(api.get("/api/v1/mentoring-sessions?caseId=" + caseId, LISBOA).body()).contains("Entrevista " + marker);
    }

    @Test
    void anErasedPersonsOldBackupNoLongerOpensEvenRestored() {
        String id = client.register(LISBOA, CaseServiceClient.uniqueName(), true);
        Document backup = mongo.getCollection("beneficiaries").find(new Document("_id", id)).first();
        byte[] sealed = ((Binary) backup.get("sealedData")).getData();
        assertThat(keys.open(id, "personalData", sealed)).as("before the erasure, the backup opens").isPresent();

        assertThat(api.delete("/api/v1/beneficiaries/" + id, LISBOA).status()).isEqualTo(204);

        assertThat(keys.holds(id)).as("the person's data key is destroyed").isFalse();
        assertThat(keys.open(id, "personalData", sealed)).as("the backup's sealed data").isEmpty();
        mongo.getCollection("beneficiaries").replaceOne(new Document("_id", id), backup);
        assertThat(api.get("/api/v1/beneficiaries/" + id, LISBOA).status()).as("the old record restored into the store").isEqualTo(404);
        assertThat(mongo.exists(Query.query(Criteria.where("_id").is(id).and("sealedData").exists(true)), "beneficiaries")).isTrue();
    }

    @Test
    void aRecordStoredInClearBeforeIsSealedWhenSavedAgain() {
        String id = client.register(LISBOA, CaseServiceClient.uniqueName(), true);
        Document clear = mongo.getCollection("beneficiaries").find(new Document("_id", id)).first();
        clear.remove("sealedData");
        clear.remove("nameIndex");
        clear.remove("duplicateIndex");
        clear.put("personalData", new Document("fullName", "Ana Clara Antiga").append("dateOfBirth", java.util.Date.from(
                java.time.LocalDate.of(1985, 3, 2).atStartOfDay(java.time.ZoneOffset.UTC).toInstant())).append("sex", "FEMALE")
                .append("nationality", "CV").append("preferredLanguage", "pt").append("phone", "+351 933 000 111").append("email", "ana@example.org"));
        mongo.getCollection("beneficiaries").replaceOne(new Document("_id", id), clear);

        assertThat(api.get("/api/v1/beneficiaries/" + id, LISBOA).json().get("fullName").asString()).as("read as it was stored")
                .isEqualTo("Ana Clara Antiga");
        assertThat(api.put("/api/v1/beneficiaries/" + id, LISBOA, CaseServiceClient.person("Ana Clara Antiga", true).replace("1990-05-17", "1985-03-02"))
                .status()).isEqualTo(200);
        assertThat(mongo.getCollection("beneficiaries").find(new Document("_id", id)).first().toJson()).doesNotContain("Antiga")
                .doesNotContain("933 000 111");
    }
}
