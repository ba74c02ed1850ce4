package org.ponte.referrals;

import org.ponte.events.cases.BeneficiaryProfile;
import org.ponte.events.cases.BeneficiaryRegistered;
import org.ponte.events.cases.CaseOpened;
import org.ponte.events.cases.Consent;
import org.ponte.events.vocabulary.AgeBand;
import org.ponte.events.vocabulary.InterventionArea;
import org.ponte.events.vocabulary.Sex;
import org.ponte.testsupport.EventFeed;
import org.ponte.testsupport.HttpApi;
import org.ponte.testsupport.TestInfrastructure;
import org.ponte.testsupport.TestTokens;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A partner in the directory and people with cases, as the other services would have made them. */
final class ReferralWorld implements AutoCloseable {

    static final String TECHNICIAN = TestTokens.technician("lisboa");

    final HttpApi api;
    final EventFeed caseEvents = new EventFeed(TestInfrastructure.embedded(), "case-service");

    ReferralWorld(int port) {
        this.api = new HttpApi("http://localhost:" + port);
    }

    /** An active partner, created by an administrator, working in employment and training in Lisboa. */
    String partner() {
        String id = "partner-" + UUID.randomUUID().toString().substring(0, 8);
        HttpApi.Response created = api.post("/api/v1/partners", TestTokens.admin(), """
                {"id": "%s", "name": "Centro de Emprego %s", "email": "referrals@%s.example.pt", "preferredLanguage": "pt",
                 "areas": ["EMPLOYMENT_AND_ENTREPRENEURSHIP"], "municipalities": ["Lisboa", "Amadora"], "languages": ["pt", "en"],
                 "services": [{"id": "svc-training", "name": "Formação profissional", "areas": ["TRAINING"]}]}"""
                .formatted(id, id, id));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return id;
    }

    /** A case opened at Lisboa, for a person who consents (or not) to sharing with partners; published now. */
    String openCase(boolean shareWithPartners) {
        String beneficiaryId = UUID.randomUUID().toString();
        String caseId = UUID.randomUUID().toString();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        BeneficiaryProfile profile = new BeneficiaryProfile("UA", Sex.MALE, AgeBand.FROM_25_TO_34);
        caseEvents.send(new BeneficiaryRegistered(beneficiaryId, "lisboa", profile, "uk", new Consent(true, shareWithPartners),
                "technician-lisboa", now));
        caseEvents.send(new CaseOpened(caseId, "LIS-2026-" + caseId.substring(0, 6), beneficiaryId, "lisboa", "technician-lisboa",
                List.of(InterventionArea.EMPLOYMENT_AND_ENTREPRENEURSHIP), profile, "technician-lisboa", now));
        return caseId;
    }

    HttpApi.Response refer(String caseId, String partnerId, String area, String priority) {
        return api.post("/api/v1/referrals", TECHNICIAN, """
                {"caseId": "%s", "partnerId": "%s", "area": "%s", "priority": "%s",
                 "reason": "Looking for work as a cook; speaks Ukrainian and some English"}""".formatted(caseId, partnerId, area, priority));
    }

    @Override
    public void close() {
        caseEvents.close();
    }
}
