package org.ponte.notifications;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.ponte.events.vocabulary.Sex;
import org.ponte.events.vocabulary.AgeBand;
import org.ponte.events.vocabulary.Agency;
import org.ponte.events.cases.Consent;
import org.ponte.events.cases.BeneficiaryRegistered;
import org.ponte.events.cases.BeneficiaryProfile;
import java.time.format.DateTimeFormatter;
import java.time.ZoneId;
import java.time.LocalDate;
import org.ponte.events.vocabulary.LegalStatusCategory;
import org.ponte.events.vocabulary.DeadlineKind;
import org.ponte.events.cases.DeadlineApproaching;
import org.ponte.events.EventEnvelope;
import org.ponte.events.EventType;
import org.ponte.events.Topics;
import org.ponte.events.notifications.NotificationDelivered;
import org.ponte.events.notifications.NotificationFailed;
import org.ponte.events.partners.PartnerUpserted;
import org.ponte.events.referrals.ReferralAccepted;
import org.ponte.events.referrals.ReferralRequested;
import org.ponte.events.vocabulary.InterventionArea;
import org.ponte.events.vocabulary.NotificationChannel;
import org.ponte.events.vocabulary.ReferralPriority;
import org.ponte.notifications.delivery.DeliveryDispatcher;
import org.ponte.notifications.endpoint.WebhookSignature;
import org.ponte.testsupport.EventContracts;
import org.ponte.testsupport.EventFeed;
import org.ponte.testsupport.EventProbe;
import org.ponte.testsupport.HttpApi;
import org.ponte.events.KafkaEventRecords;
import org.ponte.testsupport.RealInfrastructure;
import org.ponte.testsupport.TestInfrastructure;
import org.ponte.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** notification-service against a real SMTP server, real HTTP receivers and the real broker. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "ponte.notifications.office-emails.coimbra=claim-coimbra@example.pt")
@ActiveProfiles("test")
@RealInfrastructure
class NotificationFlowTest {

    static final GreenMail SMTP = startSmtp();
    static final CaseServiceStub CASE_SERVICE = new CaseServiceStub();
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String WEBHOOK_ENDPOINTS = "webhook_endpoints";

    @LocalServerPort
    int port;
    @Autowired
    DeliveryDispatcher dispatcher;
    @Autowired
    NotificationProperties properties;
    @Autowired
    org.ponte.notifications.endpoint.WebhookEndpointService endpoints;
    @Autowired
    org.springframework.data.mongodb.core.MongoTemplate mongo;
    @Autowired
    org.ponte.platform.privacy.PersonKeys keys;

    final EventFeed referralService = new EventFeed(TestInfrastructure.embedded(), "referral-service");

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        properties.add("ponte.notifications.reminders.case-service-url", CASE_SERVICE::url);
        properties.add("ponte.notifications.reminders.token-uri", () -> CASE_SERVICE.url() + "/oauth2/token");
        properties.add("ponte.notifications.reminders.client-secret", () -> "test-secret");
    }

    @AfterAll
    static void stopSmtp() {
        CASE_SERVICE.close();
        SMTP.stop();
    }

    @Test
    void aPartnerGetsASignedCloudEventOnItsWebhookAndAnEMailWithoutPersonalData() throws Exception {
        String partnerId = partnerInDirectory("en");
        try (WebhookReceiver receiver = new WebhookReceiver(0)) {
            String secret = registerEndpoint(partnerId, receiver.url());

            EventEnvelope<ReferralRequested> requested = referralService.send(requested(partnerId));

            await().atMost(Duration.ofSeconds(20)).until(() -> receiver.accepted().size() == 1);
            WebhookReceiver.Received call = receiver.accepted().get(0);
            String expected = WebhookSignature.sign(secret, call.header("webhook-id"), Long.parseLong(call.header("webhook-timestamp")), call.body());
            assertThat(call.header("webhook-signature")).isEqualTo(expected);
            assertThat(Math.abs(Instant.now().getEpochSecond() - Long.parseLong(call.header("webhook-timestamp")))).isLessThan(60);
            JsonNode cloudEvent = JSON.readTree(call.body());
            assertThat(cloudEvent.get("specversion").asString()).isEqualTo("1.0");
            assertThat(cloudEvent.get("id").asString()).isEqualTo(call.header("webhook-id"));
            assertThat(cloudEvent.get("type").asString()).isEqualTo("org.ponte.referral.ReferralRequested");
            assertThat(cloudEvent.at("/data/referenceNumber").asString()).isEqualTo(requested.data().referenceNumber());
            assertThat(cloudEvent.at("/data/link").asString()).endsWith("/referrals/" + requested.data().referralId());
            assertThat(cloudEvent.at("/data/respondBy").asString()).isEqualTo(requested.data().respondBy().toString());
            assertThat(cloudEvent.at("/data/area").asString()).isEqualTo(requested.data().area().name());
            assertThat(call.header("content-type")).as("CloudEvents structured mode").startsWith("application/cloudevents+json");
            assertThat(call.body()).as("only what the partner needs to act")
                    .doesNotContain(requested.data().beneficiaryId()).doesNotContain(requested.data().caseId())
                    .doesNotContain(requested.data().requestedBy());

            // Its own e-mail: other tests' mails may be in the server already.
            MimeMessage mail = await().atMost(Duration.ofSeconds(20)).until(() -> mailTo(partnerId), Optional::isPresent).orElseThrow();
            String text = GreenMailUtil.getBody(mail);
            assertThat(mail.getSubject()).isEqualTo("New referral " + requested.data().referenceNumber());
            assertThat(text).contains("Employment and entrepreneurship").contains("/referrals/" + requested.data().referralId())
                    .doesNotContain(requested.data().beneficiaryId()).doesNotContain(requested.data().caseId());

            try (EventProbe probe = new EventProbe(TestInfrastructure.embedded(), Topics.NOTIFICATION_EVENTS)) {
                EventEnvelope<NotificationDelivered> delivered = probe.await(NotificationDelivered.class,
                        e -> e.channel() == NotificationChannel.WEBHOOK && requested.eventId().toString().equals(e.causedByEventId()));
                EventContracts.assertMatchesSample(EventType.NOTIFICATION_DELIVERED,
                        probe.awaitRecord(r -> delivered.eventId().toString().equals(KafkaEventRecords.headers(r).get("ce_id"))).value());
            }
        }
    }

    @Test
    void aReceiverThatFailsForAWhileGetsTheNotificationExactlyOnceAfterItRecoversAndTheCircuitOpensAndCloses() {
        String partnerId = partnerInDirectory("pt");
        try (WebhookReceiver receiver = new WebhookReceiver(3)) {
            String endpointId = endpointId(partnerId, receiver.url());
            var circuit = dispatcher.circuitOf(NotificationChannel.WEBHOOK, endpointId);

            EventEnvelope<ReferralRequested> requested = referralService.send(requested(partnerId));

            await().atMost(Duration.ofSeconds(20)).until(() -> circuit.getState().name().equals("OPEN"));
            await().atMost(Duration.ofSeconds(30)).until(() -> receiver.accepted().size() == 1);
            await().atMost(Duration.ofSeconds(5)).until(() -> circuit.getState().name().equals("CLOSED"));
            assertThat(receiver.requests).hasSizeGreaterThanOrEqualTo(3)
                    .extracting(r -> r.header("webhook-id")).as("one message id on every attempt").containsOnly(receiver.requests.get(0).header("webhook-id"));
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> receiver.accepted().size() == 1);

            try (EventProbe probe = new EventProbe(TestInfrastructure.embedded(), Topics.NOTIFICATION_EVENTS)) {
                EventEnvelope<NotificationFailed> failed = probe.await(NotificationFailed.class,
                        e -> requested.eventId().toString().equals(e.causedByEventId()) && e.channel() == NotificationChannel.WEBHOOK);
                assertThat(failed.data().willRetry()).isTrue();
                assertThat(failed.data().httpStatus()).isEqualTo(503);
                EventContracts.assertMatchesSample(EventType.NOTIFICATION_FAILED,
                        probe.awaitRecord(r -> failed.eventId().toString().equals(KafkaEventRecords.headers(r).get("ce_id"))).value());
            }
        }
    }

    @Test
    void aDeadEndpointHoldsOnlyItsShareOfTheOutboundThreadsSoAHealthyOneIsServedAtOnce() throws Exception {
        String deadPartner = partnerInDirectory("pt");
        String healthyPartner = partnerInDirectory("pt");
        try (SilentEndpoint silent = new SilentEndpoint(); WebhookReceiver healthy = new WebhookReceiver(0)) {
            registerEndpoint(deadPartner, silent.url());
            registerEndpoint(healthyPartner, healthy.url());

            // More calls to the dead endpoint than the bulkhead has threads: without a cap per endpoint they would take them all.
            for (int i = 0; i < properties.concurrentCalls() + 4; i++) {
                referralService.send(requested(deadPartner));
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> silent.connections() > 0);
            assertServedAtOnce(healthyPartner, healthy);
            assertThat(silent.connections()).as("calls hanging on the dead endpoint at once").isEqualTo(properties.callsPerEndpoint());
        }
    }

    @Test
    void aDeadEndpointsBacklogDoesNotKeepAnotherPartnersWebhooksWaiting() throws Exception {
        String deadPartner = partnerInDirectory("pt");
        String healthyPartner = partnerInDirectory("pt");
        try (SilentEndpoint silent = new SilentEndpoint(); WebhookReceiver healthy = new WebhookReceiver(0)) {
            registerEndpoint(deadPartner, silent.url());
            registerEndpoint(healthyPartner, healthy.url());

            // More deliveries waiting for the dead endpoint, all older than what comes next, than the dispatcher looks
            // at in one window.
            int backlog = 150;
            for (int i = 0; i < backlog; i++) {
                referralService.send(requested(deadPartner));
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> webhooksTo(deadPartner) == backlog && silent.connections() > 0);
            assertServedAtOnce(healthyPartner, healthy);
        }
    }

    @Test
    void aReferralThatArrivesBeforeItsPartnersDirectoryEntryStillReachesItByEMailInItsLanguage() throws MessagingException {
        String partnerId = "partner-" + UUID.randomUUID().toString().substring(0, 8);
        EventEnvelope<ReferralRequested> requested = referralService.send(requested(partnerId));
        HttpApi api = api();
        await().atMost(Duration.ofSeconds(20)).until(() -> delivery(api, requested, NotificationChannel.EMAIL).isPresent());
        assertThat(delivery(api, requested, NotificationChannel.EMAIL).orElseThrow().get("attempts").asInt())
                .as("waiting for the directory spends no attempt").isZero();

        addToDirectory(partnerId, "en");

        await().atMost(Duration.ofSeconds(20)).until(() -> mailTo(partnerId).isPresent());
        assertThat(mailTo(partnerId).orElseThrow().getSubject()).isEqualTo("New referral " + requested.data().referenceNumber());
        assertThat(delivery(api, requested, NotificationChannel.EMAIL).orElseThrow().get("target").asString())
                .as("the delivery names the partner; its address stays in the directory").isEqualTo(partnerId);
    }

    /**
     * An instance starts what it scheduled itself by id, so a delivery another instance left due (it stopped before
     * sending it) is only in the store: the dispatcher's periodic query of the store finds it and sends it.
     */
    @Test
    void aDueDeliveryAnotherInstanceLeftInTheStoreIsFoundThereAndSent() {
        String partnerId = partnerInDirectory("pt");
        EventEnvelope<ReferralRequested> requested = referralService.send(requested(partnerId));
        HttpApi api = api();
        await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(partnerId) == 1);
        org.bson.Document left = mongo.getCollection("deliveries")
                .find(new org.bson.Document("_id", delivery(api, requested, NotificationChannel.EMAIL).orElseThrow().get("id").asString())).first();
        left.put("_id", left.getString("_id") + "-left-by-another-instance");
        left.put("status", "PENDING");
        left.put("attempts", 0);
        left.put("nextAttemptAt", java.util.Date.from(Instant.now()));
        left.remove("deliveredAt");
        mongo.getCollection("deliveries").insertOne(left);

        await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(partnerId) == 2);
        assertThat(mongo.getCollection("deliveries").find(new org.bson.Document("_id", left.getString("_id"))).first().getString("status"))
                .isEqualTo("DELIVERED");
    }

    @Test
    void aDeliveryToAnEndpointDeletedMeanwhileIsDeadAtOnceInsteadOfRetried() {
        String partnerId = partnerInDirectory("pt");
        try (WebhookReceiver broken = new WebhookReceiver(Integer.MAX_VALUE)) {
            String endpointId = endpointId(partnerId, broken.url());
            EventEnvelope<ReferralRequested> requested = referralService.send(requested(partnerId));
            HttpApi api = api();
            await().atMost(Duration.ofSeconds(20)).until(() -> !broken.requests.isEmpty());

            assertThat(api.delete("/api/v1/webhook-endpoints/" + endpointId, TestTokens.partner(partnerId)).status()).isEqualTo(204);

            await().atMost(Duration.ofSeconds(20)).until(() -> dead(api, requested).isPresent());
            JsonNode dead = dead(api, requested).orElseThrow();
            assertThat(dead.get("lastFailure").asString()).isEqualTo("ENDPOINT_NOT_ALLOWED");
            assertThat(dead.get("attempts").asInt()).as("no attempts spent after the deletion").isLessThan(properties.maxAttempts());
        }
    }

    @Test
    void aDuplicatedSourceEventSendsNothingTwice() {
        String partnerId = partnerInDirectory("pt");
        try (WebhookReceiver receiver = new WebhookReceiver(0)) {
            registerEndpoint(partnerId, receiver.url());
            EventEnvelope<ReferralRequested> requested = referralService.send(requested(partnerId));
            await().atMost(Duration.ofSeconds(20)).until(() -> receiver.accepted().size() == 1);

            referralService.resend(requested);
            referralService.send(requested(partnerId));

            await().atMost(Duration.ofSeconds(20)).until(() -> receiver.accepted().size() == 2);
            assertThat(receiver.accepted()).extracting(r -> r.header("webhook-id")).doesNotHaveDuplicates();
            assertThat(inboxOf(TestTokens.partner(partnerId)).values().stream()
                    .filter(n -> n.get("referralId").asString().equals(requested.data().referralId()))).hasSize(1);
        }
    }

    @Test
    void whatFallsDueAtAnOfficeReachesItsTechniciansInboxAndMailboxOnceInPortuguese() {
        LocalDate dueOn = LocalDate.now(ZoneId.of("Europe/Lisbon")).plusDays(10);
        String person = UUID.randomUUID().toString();
        try (EventFeed caseService = new EventFeed(TestInfrastructure.embedded(), "case-service")) {
            EventEnvelope<DeadlineApproaching> due = caseService.send(new DeadlineApproaching(UUID.randomUUID().toString(),
                    DeadlineKind.STATUS_EXPIRY, person, "coimbra", "c-coimbra-7", "COI-2026-000007", LegalStatusCategory.RESIDENCE_PERMIT,
                    null, dueOn, null, 15, 10, Instant.now()));
            caseService.resend(due);
        }
        String teresa = TestTokens.token().subject("teresa.coimbra").roles("TECHNICIAN").officeId("coimbra").build();
        String rui = TestTokens.token().subject("rui.coimbra").roles("TECHNICIAN").officeId("coimbra").build();
        await().atMost(Duration.ofSeconds(20)).until(() -> !inboxOf(teresa).isEmpty());

        JsonNode notification = inboxOf(teresa).get(0);
        assertThat(notification.get("kind").asString()).isEqualTo("DEADLINE_STATUS_EXPIRY");
        assertThat(notification.get("subject").asString()).isEqualTo("Processo COI-2026-000007: autorização de residência termina dentro de 10 dias");
        assertThat(inboxOf(rui).values()).as("every technician of the office sees it").extracting(n -> n.get("id").asString())
                .containsExactly(notification.get("id").asString());
        assertThat(inboxOf(TestTokens.technician("lisboa")).values()).noneMatch(n -> n.get("kind").asString().startsWith("DEADLINE"));
        MimeMessage mail = await().atMost(Duration.ofSeconds(20)).until(() -> Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> recipients(m).contains("claim-coimbra@example.pt")).findFirst(), Optional::isPresent).orElseThrow();
        assertThat(GreenMailUtil.getBody(mail)).contains(DateTimeFormatter.ofPattern("dd/MM/yyyy").format(dueOn)).contains("/cases/c-coimbra-7")
                .doesNotContain(person);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> recipients(m).contains("claim-coimbra@example.pt")).count() == 1);
    }

    @Test
    void anAppointmentReminderReachesAPersonWhoConsentedInTheirLanguageOnceCaseServiceIsBackAndNoOneElse() throws Exception {
        String salma = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        Instant tomorrow = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        EventEnvelope<DeadlineApproaching> toSalma;
        EventEnvelope<DeadlineApproaching> toOther;
        try (EventFeed caseService = new EventFeed(TestInfrastructure.embedded(), "case-service")) {
            BeneficiaryProfile profile = new BeneficiaryProfile("MA", Sex.FEMALE, AgeBand.FROM_25_TO_34);
            caseService.send(new BeneficiaryRegistered(salma, "braga", profile, "ar", new Consent(true, false, true), "t", Instant.now()));
            caseService.send(new BeneficiaryRegistered(other, "braga", profile, "ar", new Consent(true, false, false), "t", Instant.now()));
            toSalma = caseService.send(appointmentTomorrow(salma, tomorrow));
            toOther = caseService.send(appointmentTomorrow(other, tomorrow));
        }
        String salmasAddress = "salma." + salma.substring(0, 8) + "@example.org";
        CASE_SERVICE.contacts.put(salma, new String[]{salmasAddress, "ar"});
        HttpApi api = api();
        await().atMost(Duration.ofSeconds(20)).until(() -> personDelivery(api, toSalma).isPresent());
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> mailToAddress(salmasAddress).isEmpty());
        assertThat(personDelivery(api, toSalma).orElseThrow().get("status").asString()).as("waiting for case-service, not DEAD")
                .isIn("PENDING", "FAILED");

        CASE_SERVICE.start();

        MimeMessage reminder = await().atMost(Duration.ofSeconds(30)).until(() -> mailToAddress(salmasAddress), Optional::isPresent).orElseThrow();
        assertThat(reminder.getSubject()).startsWith("\u200F").contains("تذكير").contains("AIMA");
        assertThat(GreenMailUtil.getBody(reminder)).doesNotContain(salma);
        assertThat(personDelivery(api, toOther)).as("no consent to be contacted: nothing scheduled").isEmpty();
        assertThat(api.get("/api/v1/deliveries?size=200", TestTokens.admin()).body()).as("the address is kept nowhere").doesNotContain(salmasAddress);
    }

    private static DeadlineApproaching appointmentTomorrow(String person, Instant at) {
        return new DeadlineApproaching(UUID.randomUUID().toString(), DeadlineKind.APPOINTMENT, person, "braga", "c-" + person, "BRA-2026-000009",
                null, Agency.AIMA, LocalDate.ofInstant(at, ZoneId.of("Europe/Lisbon")), at, 1, 1, Instant.now());
    }

    private static Optional<JsonNode> personDelivery(HttpApi api, EventEnvelope<DeadlineApproaching> source) {
        return api.get("/api/v1/deliveries?size=200", TestTokens.admin()).json().get("items").values().stream()
                .filter(d -> d.get("sourceEventId").asString().equals(source.eventId().toString()))
                .filter(d -> d.get("target").asString().startsWith("person:")).findFirst();
    }

    private static Optional<MimeMessage> mailToAddress(String address) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> recipients(m).contains(address)).findFirst();
    }

    @Test
    void theInboxShowsEachPartnerAndTechnicianOnlyTheirOwn() {
        String partnerId = partnerInDirectory("pt");
        String otherPartner = partnerInDirectory("pt");
        HttpApi api = api();
        double inAppBefore = api.metric("ponte_notifications_deliveries_total", "channel=\"IN_APP\"", "outcome=\"delivered\"");
        EventEnvelope<ReferralRequested> requested = referralService.send(requested(partnerId));
        String technician = requested.data().requestedBy();
        referralService.send(new ReferralAccepted(requested.data().referralId(), requested.data().referenceNumber(), requested.data().caseId(),
                requested.data().beneficiaryId(), "lisboa", partnerId, InterventionArea.EMPLOYMENT_AND_ENTREPRENEURSHIP, technician,
                "partner-user", Instant.now()));

        await().atMost(Duration.ofSeconds(20)).until(() -> !inboxOf(TestTokens.partner(partnerId)).isEmpty());
        String technicianToken = TestTokens.token().subject(technician).roles("TECHNICIAN").officeId("lisboa").build();
        await().atMost(Duration.ofSeconds(20)).until(() -> !inboxOf(technicianToken).isEmpty());

        JsonNode partnerNotification = inboxOf(TestTokens.partner(partnerId)).get(0);
        assertThat(partnerNotification.get("kind").asString()).isEqualTo("REFERRAL_REQUESTED");
        assertThat(inboxOf(TestTokens.partner(otherPartner)).values())
                .noneMatch(n -> n.get("referralId").asString().equals(requested.data().referralId()));
        JsonNode answer = inboxOf(technicianToken).get(0);
        assertThat(answer.get("kind").asString()).isEqualTo("REFERRAL_ACCEPTED");
        String reference = requested.data().referenceNumber();
        assertThat(answer.get("subject").asString()).as("Portuguese unless the reader asks otherwise")
                .isEqualTo("Encaminhamento " + reference + " aceite");
        JsonNode inEnglish = api.send(api.request("/api/v1/notifications", technicianToken)
                .header("Accept-Language", "en-GB,en;q=0.8,pt;q=0.5").GET()).json().get("items").get(0);
        assertThat(inEnglish.get("subject").asString()).isEqualTo("Referral " + reference + " accepted");
        assertThat(api.metric("ponte_notifications_deliveries_total", "channel=\"IN_APP\"", "outcome=\"delivered\""))
                .as("the partner's and the technician's inbox deliveries are counted").isGreaterThanOrEqualTo(inAppBefore + 2);

        String id = partnerNotification.get("id").asString();
        assertThat(api.post("/api/v1/notifications/" + id + "/read", TestTokens.partner(otherPartner), "{}").status()).isEqualTo(404);
        assertThat(api.post("/api/v1/notifications/" + id + "/read", TestTokens.partner(partnerId), "{}").json().get("readAt").isNull()).isFalse();
    }

    @Test
    void endpointsBelongToTheirPartnerAndTheirSecretIsShownOnlyWhenMade() {
        String partnerId = partnerInDirectory("pt");
        HttpApi api = api();
        HttpApi.Response created = api.post("/api/v1/webhook-endpoints", TestTokens.partner(partnerId),
                "{\"url\": \"https://partner.example.org/hooks\", \"description\": \"our CRM\"}");
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.json().get("secret").asString()).startsWith("whsec_");

        JsonNode listed = api.get("/api/v1/webhook-endpoints", TestTokens.partner(partnerId)).json();
        assertThat(listed.get(0).has("secret")).isFalse();
        assertThat(api.get("/api/v1/webhook-endpoints", TestTokens.partner("someone-else")).json().values())
                .noneMatch(e -> e.get("id").asString().equals(id));
        assertThat(api.delete("/api/v1/webhook-endpoints/" + id, TestTokens.partner("someone-else")).status()).isEqualTo(404);
        String rotated = api.post("/api/v1/webhook-endpoints/" + id + "/rotate-secret", TestTokens.partner(partnerId), "{}").json()
                .get("secret").asString();
        assertThat(rotated).startsWith("whsec_").isNotEqualTo(created.json().get("secret").asString());
        assertThat(api.post("/api/v1/webhook-endpoints", TestTokens.partner(partnerId), "{\"url\": \"ftp://partner.example.org/x\"}")
                .status()).isEqualTo(422);
        assertThat(api.post("/api/v1/webhook-endpoints", TestTokens.technician("lisboa"), "{\"url\": \"https://x.example.org\"}")
                .status()).isEqualTo(403);
        assertThat(api.delete("/api/v1/webhook-endpoints/" + id, TestTokens.partner(partnerId)).status()).isEqualTo(204);
    }

    @Test
    void webhookSecretsAreSealedPerEndpointAndOneSealedByTheEarlierBoxIsSealedAnewWhenUsed() throws Exception {
        String partnerId = partnerInDirectory("pt");
        HttpApi api = api();
        HttpApi.Response created = api.post("/api/v1/webhook-endpoints", TestTokens.partner(partnerId), "{\"url\": \"https://crm.example.org/in\"}");
        String id = created.json().get("id").asString();
        String secret = created.json().get("secret").asString();
        org.bson.Document raw = mongo.getCollection(WEBHOOK_ENDPOINTS).find(new org.bson.Document("_id", id)).first();
        assertThat(raw.getString("sealedSecret")).startsWith("sealed:").doesNotContain(secret.substring(6));
        assertThat(endpoints.secretOf(endpoints.find(id).orElseThrow())).isEqualTo(secret);

        // As an earlier version stored it: AES-256-GCM under ponte.notifications.secret-key, nonce first.
        byte[] nonce = new byte[12];
        new java.security.SecureRandom().nextBytes(nonce);
        javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(javax.crypto.Cipher.ENCRYPT_MODE, new javax.crypto.spec.SecretKeySpec(java.util.Base64.getDecoder()
                .decode(properties.secretKey()), "AES"), new javax.crypto.spec.GCMParameterSpec(128, nonce));
        byte[] sealed = cipher.doFinal("whsec_from_before".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String legacy = java.util.Base64.getEncoder().encodeToString(java.nio.ByteBuffer.allocate(12 + sealed.length).put(nonce).put(sealed).array());
        mongo.getCollection(WEBHOOK_ENDPOINTS).updateOne(new org.bson.Document("_id", id),
                new org.bson.Document("$set", new org.bson.Document("sealedSecret", legacy)));

        assertThat(endpoints.secretOf(endpoints.find(id).orElseThrow())).isEqualTo("whsec_from_before");
        assertThat(mongo.getCollection(WEBHOOK_ENDPOINTS).find(new org.bson.Document("_id", id)).first().getString("sealedSecret"))
                .as("sealed anew under the endpoint's own key").startsWith("sealed:");
        assertThat(endpoints.secretOf(endpoints.find(id).orElseThrow())).isEqualTo("whsec_from_before");

        assertThat(api.delete("/api/v1/webhook-endpoints/" + id, TestTokens.partner(partnerId)).status()).isEqualTo(204);
        assertThat(keys.holds("webhook-endpoint:" + id)).as("the endpoint's key goes with it").isFalse();
    }

    @Test
    void aDeliveryOutOfAttemptsIsDeadAndAnAdministratorCanRetryIt() {
        String partnerId = partnerInDirectory("pt");
        try (WebhookReceiver broken = new WebhookReceiver(Integer.MAX_VALUE)) {
            registerEndpoint(partnerId, broken.url());
            EventEnvelope<ReferralRequested> requested = referralService.send(requested(partnerId));
            HttpApi api = api();

            await().atMost(Duration.ofSeconds(30)).until(() -> dead(api, requested).isPresent());
            String id = dead(api, requested).orElseThrow().get("id").asString();
            assertThat(api.post("/api/v1/deliveries/" + id + "/retry", TestTokens.technician("lisboa"), "{}").status()).isEqualTo(403);
            HttpApi.Response retried = api.post("/api/v1/deliveries/" + id + "/retry", TestTokens.admin(), "{}");

            assertThat(retried.status()).isEqualTo(200);
            assertThat(retried.json().get("status").asString()).isEqualTo("PENDING");
            assertThat(broken.requests).hasSizeGreaterThanOrEqualTo(4);
        }
    }

    /** Three referrals to a healthy partner reach its endpoint well within the time one hanging call takes. */
    private void assertServedAtOnce(String healthyPartner, WebhookReceiver healthy) {
        long sent = System.currentTimeMillis();
        for (int i = 0; i < 3; i++) {
            referralService.send(requested(healthyPartner));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> healthy.accepted().size() == 3);
        assertThat(healthy.accepted()).as("served well within the time one hanging call takes (%s)", properties.webhookTimeout())
                .allSatisfy(call -> assertThat(call.at() - sent).isLessThan(properties.webhookTimeout().toMillis() / 2));
    }

    private static Optional<JsonNode> delivery(HttpApi api, EventEnvelope<ReferralRequested> requested, NotificationChannel channel) {
        return api.get("/api/v1/deliveries?size=200", TestTokens.admin()).json().get("items").values().stream()
                .filter(d -> d.get("sourceEventId").asString().equals(requested.eventId().toString()))
                .filter(d -> d.get("channel").asString().equals(channel.name())).findFirst();
    }

    /** The webhook deliveries to a partner, looked up among the latest 600 deliveries of all (a referral makes three). */
    private long webhooksTo(String partnerId) {
        return IntStream.range(0, 3)
                .mapToObj(page -> api().get("/api/v1/deliveries?size=200&page=" + page, TestTokens.admin()).json().get("items"))
                .flatMap(items -> items.values().stream())
                .filter(d -> d.get("recipientId").asString().equals(partnerId) && d.get("channel").asString().equals("WEBHOOK")).count();
    }

    private static Optional<MimeMessage> mailTo(String partnerId) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> recipients(m).contains(partnerId + "@example.org")).findFirst();
    }

    private static long mailsTo(String partnerId) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> recipients(m).contains(partnerId + "@example.org")).count();
    }

    private static Optional<JsonNode> dead(HttpApi api, EventEnvelope<ReferralRequested> requested) {
        return api.get("/api/v1/deliveries?status=DEAD&size=200", TestTokens.admin()).json().get("items").values().stream()
                .filter(d -> d.get("sourceEventId").asString().equals(requested.eventId().toString())).findFirst();
    }

    private static String recipients(MimeMessage message) {
        try {
            return GreenMailUtil.getAddressList(message.getAllRecipients());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String partnerInDirectory(String language) {
        String partnerId = "partner-" + UUID.randomUUID().toString().substring(0, 8);
        addToDirectory(partnerId, language);
        return partnerId;
    }

    private static void addToDirectory(String partnerId, String language) {
        try (EventFeed directory = new EventFeed(TestInfrastructure.embedded(), "referral-service")) {
            directory.send(new PartnerUpserted(partnerId, 1, "Centro " + partnerId, List.of(InterventionArea.EMPLOYMENT_AND_ENTREPRENEURSHIP),
                    List.of("Lisboa"), List.of("pt", "en"), language, partnerId + "@example.org", true, List.of(), Instant.now()));
        }
    }

    private String registerEndpoint(String partnerId, String url) {
        HttpApi.Response created = api().post("/api/v1/webhook-endpoints", TestTokens.partner(partnerId), "{\"url\": \"" + url + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("secret").asString();
    }

    private String endpointId(String partnerId, String url) {
        HttpApi.Response created = api().post("/api/v1/webhook-endpoints", TestTokens.partner(partnerId), "{\"url\": \"" + url + "\"}");
        return created.json().get("id").asString();
    }

    private JsonNode inboxOf(String token) {
        return api().get("/api/v1/notifications", token).json().get("items");
    }

    private HttpApi api() {
        return new HttpApi("http://localhost:" + port);
    }

    private static ReferralRequested requested(String partnerId) {
        String referralId = UUID.randomUUID().toString();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return new ReferralRequested(referralId, "ENC-2026-" + referralId.substring(0, 6), UUID.randomUUID().toString(),
                UUID.randomUUID().toString(), "lisboa", partnerId, InterventionArea.EMPLOYMENT_AND_ENTREPRENEURSHIP,
                "technician-" + referralId.substring(0, 6), ReferralPriority.URGENT, now, now.plus(2, ChronoUnit.DAYS));
    }

    private static GreenMail startSmtp() {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        setup.setServerStartupTimeout(10_000);
        GreenMail smtp = new GreenMail(setup);
        smtp.start();
        return smtp;
    }
}
