package org.ponte.cases;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ponte.events.EventEnvelope;
import org.ponte.events.referrals.ReferralRequested;
import org.ponte.testsupport.TestTokens;
import tools.jackson.databind.JsonNode;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Who sees what of a person, and the referral summaries case-service keeps from referral-events. */
class AccessAndReferralsTest extends CaseServiceTest {

    static final String PARTNER_1 = TestTokens.partner("partner-1");

    String beneficiaryId;
    String caseId;

    @BeforeEach
    void aPersonWithACase() {
        beneficiaryId = client.register(LISBOA, CaseServiceClient.uniqueName(), true);
        caseId = client.openCase(LISBOA, beneficiaryId).get("id").asString();
    }

    @Test
    void aPartnerSeesOnlyTheSharedContactAndOnlyWhileItsReferralIsOpen() {
        assertThat(api.get("/api/v1/beneficiaries/" + beneficiaryId, PARTNER_1).status()).isEqualTo(403);

        try (ReferralEventsFeed referral = new ReferralEventsFeed(caseId, beneficiaryId, "partner-1")) {
            referral.requested();
            await().atMost(Duration.ofSeconds(20)).until(() -> api.get("/api/v1/beneficiaries/" + beneficiaryId, PARTNER_1).status() == 200);

            JsonNode shared = api.get("/api/v1/beneficiaries/" + beneficiaryId, PARTNER_1).json();
            assertThat(shared.propertyNames()).containsExactlyInAnyOrder("id", "fullName", "preferredLanguage", "phone", "email");
            assertThat(api.get("/api/v1/beneficiaries/" + beneficiaryId, TestTokens.partner("partner-2")).status()).isEqualTo(403);

            referral.declined();
            await().atMost(Duration.ofSeconds(20)).until(() -> api.get("/api/v1/beneficiaries/" + beneficiaryId, PARTNER_1).status() == 403);
        }
        JsonNode audit = api.get("/api/v1/audit?subjectId=" + beneficiaryId, TestTokens.admin()).json();
        assertThat(audit.get("items").values()).anySatisfy(entry -> {
            assertThat(entry.get("what").asString()).isEqualTo("beneficiary.shared-contact");
            assertThat(entry.get("actorPartnerId").asString()).isEqualTo("partner-1");
        });
    }

    @Test
    void withdrawingConsentToShareEndsThePartnersAccessAtOnce() {
        try (ReferralEventsFeed referral = new ReferralEventsFeed(caseId, beneficiaryId, "partner-1")) {
            referral.requested();
            await().atMost(Duration.ofSeconds(20)).until(() -> api.get("/api/v1/beneficiaries/" + beneficiaryId, PARTNER_1).status() == 200);

            api.post("/api/v1/beneficiaries/" + beneficiaryId + "/consent", LISBOA, "{\"dataProcessing\": true, \"shareWithPartners\": false}");

            assertThat(api.get("/api/v1/beneficiaries/" + beneficiaryId, PARTNER_1).status()).isEqualTo(403);
        }
    }

    @Test
    void theCaseShowsItsReferralsAndAReplayedEventChangesNothing() {
        try (ReferralEventsFeed referral = new ReferralEventsFeed(caseId, beneficiaryId, "partner-1")) {
            EventEnvelope<ReferralRequested> requested = referral.requested();
            referral.overdue();
            await().atMost(Duration.ofSeconds(20)).until(() -> firstReferral().path("overdue").asBoolean(false));
            referral.accepted();
            await().atMost(Duration.ofSeconds(20)).until(() -> "ACCEPTED".equals(firstReferral().path("status").asString("")));

            double duplicatesBefore = duplicatesDropped();
            referral.resend(requested);
            // The replay is seen and dropped before anything is asserted.
            await().atMost(Duration.ofSeconds(20)).until(() -> duplicatesDropped() > duplicatesBefore);
            try (ReferralEventsFeed later = new ReferralEventsFeed(caseId, beneficiaryId, "partner-2")) {
                later.requested();
                await().atMost(Duration.ofSeconds(20)).until(() -> referrals().size() == 2);
            }

            JsonNode first = referrals().values().stream()
                    .filter(r -> r.get("referralId").asString().equals(referral.referralId)).findFirst().orElseThrow();
            assertThat(first.get("status").asString()).isEqualTo("ACCEPTED");
            assertThat(first.get("overdue").asBoolean()).isFalse();
            assertThat(first.get("partnerId").asString()).isEqualTo("partner-1");
        }
    }

    /** The kill fault test saw it: a request re-sent around a broker restart arrived after the acceptance. */
    @Test
    void aRequestThatArrivesAfterItsAcceptanceDoesNotTakeTheStatusBack() {
        try (ReferralEventsFeed referral = new ReferralEventsFeed(caseId, beneficiaryId, "partner-1")) {
            referral.accepted();
            await().atMost(Duration.ofSeconds(20)).until(() -> "ACCEPTED".equals(firstReferral().path("status").asString("")));
            String acceptedAt = firstReferral().get("updatedAt").asString();

            referral.requested();
            // The late request is applied (the summary's time moves on) before anything is asserted.
            await().atMost(Duration.ofSeconds(20)).until(() -> !acceptedAt.equals(firstReferral().get("updatedAt").asString()));

            assertThat(firstReferral().get("status").asString()).isEqualTo("ACCEPTED");
        }
    }

    private double duplicatesDropped() {
        return api.metric("ponte_events_duplicates_total");
    }

    @Test
    void managersSeeTheirOfficesCasesButNoPersonalData() {
        String manager = TestTokens.manager("lisboa");

        assertThat(api.get("/api/v1/cases/" + caseId, manager).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/beneficiaries/" + beneficiaryId, manager).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/cases/" + caseId + "/attendances", manager).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/beneficiaries?q=maria", manager).status()).isEqualTo(403);
    }

    @Test
    void techniciansWorkOnlyWithinTheirOffice() {
        String porto = TestTokens.technician("porto");

        assertThat(api.get("/api/v1/beneficiaries/" + beneficiaryId, porto).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/cases/" + caseId, porto).status()).isEqualTo(403);
        assertThat(client.recordAttendance(porto, caseId, 30, CaseServiceClient.anHourAgo()).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/cases?officeId=lisboa", porto).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/beneficiaries/" + beneficiaryId, LISBOA).status()).isEqualTo(200);
    }

    private JsonNode referrals() {
        return api.get("/api/v1/cases/" + caseId, LISBOA).json().get("referrals");
    }

    private JsonNode firstReferral() {
        return referrals().path(0);
    }
}
