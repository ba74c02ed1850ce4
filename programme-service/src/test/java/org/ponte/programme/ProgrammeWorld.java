package org.ponte.programme;

import org.ponte.events.cases.BeneficiaryProfile;
import org.ponte.events.cases.BeneficiaryRegistered;
import org.ponte.events.cases.Consent;
import org.ponte.events.partners.PartnerUpserted;
import org.ponte.events.vocabulary.AgeBand;
import org.ponte.events.vocabulary.InterventionArea;
import org.ponte.events.vocabulary.Sex;
import org.ponte.testsupport.EventFeed;
import org.ponte.testsupport.HttpApi;
import org.ponte.testsupport.TestInfrastructure;
import org.ponte.testsupport.TestTokens;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** People and partners as case-service and referral-service would have published them, and an office's technician. */
final class ProgrammeWorld implements AutoCloseable {

    static final String TECHNICIAN = TestTokens.technician("lisboa");
    /** A small PDF, all of it printable, so that what is downloaded can be compared as text. */
    static final String PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

    final HttpApi api;
    final EventFeed caseEvents = new EventFeed(TestInfrastructure.embedded(), "case-service");
    final EventFeed directory = new EventFeed(TestInfrastructure.embedded(), "referral-service");

    ProgrammeWorld(int port) {
        this.api = new HttpApi("http://localhost:" + port);
    }

    /** A person registered at the office, as case-service publishes it; the id is all programme-service learns. */
    String person(String officeId) {
        String id = UUID.randomUUID().toString();
        caseEvents.send(new BeneficiaryRegistered(id, officeId, new BeneficiaryProfile("CV", Sex.FEMALE, AgeBand.FROM_35_TO_44), "pt",
                new Consent(true, false), "technician-" + officeId, Instant.now().truncatedTo(ChronoUnit.MILLIS)));
        return id;
    }

    String partner() {
        String id = "partner-" + UUID.randomUUID().toString().substring(0, 8);
        directory.send(new PartnerUpserted(id, 1, "Associação " + id, List.of(InterventionArea.LANGUAGE), List.of("Lisboa"), List.of("pt"),
                "pt", "contact@" + id + ".example.pt", true, List.of(), Instant.now().truncatedTo(ChronoUnit.MILLIS)));
        return id;
    }

    /** A Lisboa activity of one session, created by its technician; returns its id. */
    String schedule(String type, Instant startsAt, int minutes) {
        HttpApi.Response created = api.post("/api/v1/activities", TECHNICIAN, """
                {"officeId": "lisboa", "type": "%s", "title": "Formação: acolhimento de migrantes", "areas": ["RECEPTION_AND_INTEGRATION"],
                 "languages": ["pt"], "place": "Rua do Alecrim 10", "startsAt": "%s", "durationMinutes": %d}"""
                .formatted(type, startsAt, minutes));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    HttpApi.Response held(String activityId, String token, String body) {
        return api.post("/api/v1/activities/" + activityId + "/held", token, body);
    }

    /** A Lisboa guide with its Portuguese and English title and summary, as a draft; returns its id. */
    String guide() {
        HttpApi.Response created = api.post("/api/v1/resources", TECHNICIAN, """
                {"officeId": "lisboa", "type": "GUIDE", "areas": ["LEGAL_STATUS"], "audience": "MIGRANTS",
                 "titles": {"pt": "Guia da autorização de residência", "en": "Residence permit guide"},
                 "summaries": {"pt": "Passo a passo, documentos e prazos.", "en": "Step by step, documents and deadlines."}}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    HttpApi.Response upload(String resourceId, String language, String token, String contentType, byte[] body) {
        HttpRequest.Builder request = api.request("/api/v1/resources/" + resourceId + "/files/" + language, token)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return api.send(request);
    }

    HttpApi.Response uploadPdf(String resourceId, String language) {
        return upload(resourceId, language, TECHNICIAN, "application/pdf", PDF.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public void close() {
        caseEvents.close();
        directory.close();
    }
}
