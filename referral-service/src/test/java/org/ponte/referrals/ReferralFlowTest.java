package org.ponte.referrals;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;
import org.ponte.events.EventEnvelope;
import org.ponte.events.EventType;
import org.ponte.events.PonteEvent;
import org.ponte.events.Topics;
import org.ponte.events.cases.CaseClosed;
import org.ponte.events.cases.Consent;
import org.ponte.events.cases.BeneficiaryErased;
import org.ponte.events.cases.ConsentChanged;
import org.ponte.events.partners.PartnerDeactivated;
import org.ponte.events.partners.PartnerUpserted;
import org.ponte.events.referrals.ReferralAccepted;
import org.ponte.events.referrals.ReferralCancelled;
import org.ponte.events.referrals.ReferralCompleted;
import org.ponte.events.referrals.ReferralDeclined;
import org.ponte.events.referrals.ReferralEvent;
import org.ponte.events.referrals.ReferralOverdue;
import org.ponte.events.referrals.ReferralRequested;
import org.ponte.events.vocabulary.CancellationReason;
import org.ponte.events.vocabulary.CaseClosureReason;
import org.ponte.referrals.referral.OverdueCheck;
import org.ponte.testsupport.EventContracts;
import org.ponte.testsupport.EventFeed;
import org.ponte.testsupport.EventProbe;
import org.ponte.testsupport.HttpApi;
import org.ponte.events.KafkaEventRecords;
import org.ponte.testsupport.TestInfrastructure;
import org.ponte.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** referral-service end to end: from a CaseOpened event to a completed referral, through HTTP and the real broker. */
class ReferralFlowTest extends ReferralServiceTest {

    @Autowired
    OverdueCheck overdueCheck;
    @Autowired
    org.springframework.data.mongodb.core.MongoTemplate mongo;
    @Autowired
    org.ponte.platform.privacy.PersonKeys personKeys;

    @Test
    void aCaseOpenedAMomentAgoIsReferredAcceptedAndCompletedWithItsEventsInOrderUnderTheReferralKey() {
        String partnerId = world.partner();
        String caseId = world.openCase(true);
        double acceptedBefore = transitions("ACCEPTED", "EMPLOYMENT_AND_ENTREPRENEURSHIP");
        double completedBefore = transitions("COMPLETED", "EMPLOYMENT_AND_ENTREPRENEURSHIP");
        double firstResponsesBefore = api.metric("ponte_referrals_first_response_seconds_count", "area=\"EMPLOYMENT_AND_ENTREPRENEURSHIP\"");

        HttpApi.Response referred = world.refer(caseId, partnerId, "EMPLOYMENT_AND_ENTREPRENEURSHIP", "URGENT");
        assertThat(referred.status()).as(referred.body()).isEqualTo(201);
        String referralId = referred.json().get("id").asString();
        assertThat(referred.json().get("status").asString()).isEqualTo("PENDING");
        assertThat(referred.json().get("referenceNumber").asString()).matches("ENC-\\d{4}-\\d{6}");
        assertThat(Instant.parse(referred.json().get("respondBy").asString())).isAfter(Instant.now().plus(Duration.ofDays(1)));

        String partner = TestTokens.partner(partnerId);
        assertThat(api.post("/api/v1/referrals/" + referralId + "/accept", partner, "{\"note\": \"we call him Monday\"}").status()).isEqualTo(200);
        HttpApi.Response completed = api.post("/api/v1/referrals/" + referralId + "/complete", partner,
                "{\"outcome\": \"SERVICE_PROVIDED\", \"note\": \"enrolled in a cooking course\"}");
        assertThat(completed.status()).isEqualTo(200);
        assertThat(completed.json().get("history").values()).extracting(step -> step.get("status").asString())
                .containsExactly("PENDING", "ACCEPTED", "COMPLETED");
        assertThat(transitions("ACCEPTED", "EMPLOYMENT_AND_ENTREPRENEURSHIP")).isEqualTo(acceptedBefore + 1);
        assertThat(transitions("COMPLETED", "EMPLOYMENT_AND_ENTREPRENEURSHIP")).isEqualTo(completedBefore + 1);
        assertThat(api.metric("ponte_referrals_first_response_seconds_count", "area=\"EMPLOYMENT_AND_ENTREPRENEURSHIP\""))
                .as("time to first response, measured once: at the accept").isEqualTo(firstResponsesBefore + 1);

        try (EventProbe probe = new EventProbe(TestInfrastructure.embedded(), Topics.REFERRAL_EVENTS)) {
            probe.await(ReferralCompleted.class, e -> e.referralId().equals(referralId));
            // Delivery is at least once (a repeat keeps its event id and consumers drop it): one record per event, in order.
            Set<String> seen = new HashSet<>();
            List<ConsumerRecord<String, byte[]>> records = probe.records().stream().filter(r -> referralId.equals(r.key()))
                    .filter(r -> seen.add(KafkaEventRecords.headers(r).get("ce_id"))).toList();
            assertThat(records).extracting(r -> KafkaEventRecords.headers(r).get("ce_type")).containsExactly(
                    "org.ponte.referral.ReferralRequested", "org.ponte.referral.ReferralAccepted", "org.ponte.referral.ReferralCompleted");
            assertThat(records).extracting(ConsumerRecord::offset).isSorted();
            EventContracts.assertMatchesSample(EventType.REFERRAL_REQUESTED, records.get(0).value());
            EventContracts.assertMatchesSample(EventType.REFERRAL_ACCEPTED, records.get(1).value());
            EventContracts.assertMatchesSample(EventType.REFERRAL_COMPLETED, records.get(2).value());
            assertThat(new String(records.get(0).value())).doesNotContain("cook").doesNotContain("Ukrainian");
        }

        HttpApi.Response again = api.post("/api/v1/referrals/" + referralId + "/complete", partner, "{\"outcome\": \"NOT_PROVIDED\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asString()).contains("is COMPLETED");
    }

    @Test
    void aPartnerCannotSeeOrActOnAnotherPartnersReferral() {
        String partnerId = world.partner();
        String referralId = world.refer(world.openCase(true), partnerId, "TRAINING", "ROUTINE").json().get("id").asString();
        String otherPartner = TestTokens.partner("someone-else");

        assertThat(api.get("/api/v1/referrals/" + referralId, otherPartner).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/referrals/" + referralId + "/accept", otherPartner, "{}").status()).isEqualTo(404);
        assertThat(api.post("/api/v1/referrals/" + referralId + "/cancel", otherPartner, "{}").status())
                .as("no partner may cancel: refused for the role before the referral is looked up").isEqualTo(403);
        assertThat(api.post("/api/v1/referrals/no-such-referral/cancel", otherPartner, "{}").status())
                .as("so the answer tells nothing of whether it exists").isEqualTo(403);
        assertThat(api.post("/api/v1/referrals/" + referralId + "/cancel", TestTokens.partner(partnerId), "{}").status())
                .as("the partner declines; only the referring office recalls").isEqualTo(403);
        assertThat(api.get("/api/v1/referrals", otherPartner).json().get("items").values())
                .noneMatch(item -> item.get("id").asString().equals(referralId));
        assertThat(api.get("/api/v1/referrals", TestTokens.partner(partnerId)).json().get("items").values())
                .anyMatch(item -> item.get("id").asString().equals(referralId));
        assertThat(api.post("/api/v1/referrals/" + referralId + "/accept", TestTokens.technician("lisboa"), "{}").status())
                .as("technicians do not answer for partners on the platform").isEqualTo(403);
        assertThat(api.post("/api/v1/referrals/" + referralId + "/cancel", TestTokens.technician("porto"), "{}").status()).isEqualTo(403);
    }

    @Test
    void referralsThatCannotBeMadeAreRefusedWithAClearReason() {
        String partnerId = world.partner();
        String noConsent = world.openCase(false);
        String open = world.openCase(true);

        assertThat(problem(world.refer("never-heard-of", partnerId, "TRAINING", "ROUTINE"))).isEqualTo("unknown-case");
        assertThat(problem(world.refer(noConsent, partnerId, "TRAINING", "ROUTINE"))).isEqualTo("consent-required");
        assertThat(problem(world.refer(open, partnerId, "HEALTH", "ROUTINE"))).isEqualTo("area-not-served");
        assertThat(problem(world.refer(open, "no-such-partner", "TRAINING", "ROUTINE"))).isEqualTo("unknown-partner");
        String closed = world.openCase(true);
        String beforeTheClose = world.refer(closed, partnerId, "TRAINING", "ROUTINE").json().get("id").asString();
        world.caseEvents.send(new CaseClosed(closed, "b", "lisboa", CaseClosureReason.OBJECTIVES_MET, "technician-lisboa", Instant.now()));
        await().atMost(Duration.ofSeconds(20)).until(() ->
                "CANCELLED".equals(api.get("/api/v1/referrals/" + beforeTheClose, ReferralWorld.TECHNICIAN).json().get("status").asString()));
        assertThat(problem(world.refer(closed, partnerId, "TRAINING", "ROUTINE"))).isEqualTo("case-closed");
        assertThat(api.post("/api/v1/referrals", TestTokens.technician("porto"), """
                {"caseId": "%s", "partnerId": "%s", "area": "TRAINING", "priority": "ROUTINE", "reason": "x"}""".formatted(open, partnerId))
                .status()).as("another office's case").isEqualTo(403);

        assertThat(api.put("/api/v1/partners/" + partnerId, TestTokens.admin(), """
                {"name": "Centro fechado", "email": "x@example.pt", "preferredLanguage": "pt", "areas": ["TRAINING"],
                 "municipalities": ["Lisboa"], "active": false}""").status()).isEqualTo(200);
        assertThat(problem(world.refer(open, partnerId, "TRAINING", "ROUTINE"))).isEqualTo("partner-inactive");

        try (EventProbe probe = new EventProbe(TestInfrastructure.embedded(), Topics.PARTNER_DIRECTORY)) {
            probe.await(PartnerDeactivated.class, e -> e.partnerId().equals(partnerId));
        }
    }

    @Test
    void theOverdueCheckFlagsAReferralOnceEvenWhenItRunsTwice() {
        String referralId = world.refer(world.openCase(true), world.partner(), "TRAINING", "URGENT").json().get("id").asString();
        Instant afterTheDeadline = Instant.now().plus(Duration.ofDays(10));

        int first = overdueCheck.flagOverdue(afterTheDeadline);
        int second = overdueCheck.flagOverdue(afterTheDeadline);

        assertThat(first).isGreaterThanOrEqualTo(1);
        assertThat(second).isZero();
        assertThat(api.get("/api/v1/referrals/" + referralId, ReferralWorld.TECHNICIAN).json().get("overdue").asBoolean()).isTrue();
        assertThat(ids(api.get("/api/v1/referrals?overdue=true&size=100", ReferralWorld.TECHNICIAN))).contains(referralId);
        assertThat(ids(api.get("/api/v1/referrals?overdue=false", ReferralWorld.TECHNICIAN))).doesNotContain(referralId);
        assertThat(ids(api.get("/api/v1/referrals?status=PENDING&overdue=true&size=100", ReferralWorld.TECHNICIAN))).contains(referralId);
        assertThat(ids(api.get("/api/v1/referrals?status=ACCEPTED", ReferralWorld.TECHNICIAN))).doesNotContain(referralId);
        assertThat(api.metric("ponte_referrals_overdue")).as("the overdue gauge counts what the list shows an administrator")
                .isEqualTo(api.get("/api/v1/referrals?overdue=true&status=PENDING&size=1", TestTokens.admin()).json().get("totalItems").asDouble());
        try (EventProbe probe = new EventProbe(TestInfrastructure.embedded(), Topics.REFERRAL_EVENTS)) {
            EventEnvelope<ReferralOverdue> overdue = probe.await(ReferralOverdue.class, e -> e.referralId().equals(referralId));
            EventContracts.assertMatchesSample(EventType.REFERRAL_OVERDUE,
                    probe.awaitRecord(r -> overdue.eventId().toString().equals(KafkaEventRecords.headers(r).get("ce_id"))).value());
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> count(probe, ReferralOverdue.class, referralId) == 1);
        }
    }

    @Test
    void aPartnersOwnResponseDeadlineReplacesTheDefault() {
        String usual = world.partner();
        String quick = world.partner();
        HttpApi.Response ownProtocol = api.put("/api/v1/partners/" + quick, TestTokens.admin(), """
                {"name": "Centro rápido", "email": "x@example.pt", "preferredLanguage": "pt", "areas": ["TRAINING"],
                 "municipalities": ["Lisboa"], "urgentResponseDays": 1, "routineResponseDays": 10}""");
        assertThat(ownProtocol.status()).as(ownProtocol.body()).isEqualTo(200);
        String caseId = world.openCase(true);

        Instant usualUrgent = respondBy(world.refer(caseId, usual, "TRAINING", "URGENT"));
        Instant quickUrgent = respondBy(world.refer(caseId, quick, "TRAINING", "URGENT"));
        Instant usualRoutine = respondBy(world.refer(caseId, usual, "TRAINING", "ROUTINE"));
        Instant slowRoutine = respondBy(world.refer(caseId, quick, "TRAINING", "ROUTINE"));

        assertThat(quickUrgent).as("1 working day instead of 2").isBefore(usualUrgent).isAfter(Instant.now());
        assertThat(slowRoutine).as("10 working days instead of 5").isAfter(usualRoutine.plus(Duration.ofDays(6)));
    }

    @Test
    void aDeclineAndACancelPublishTheirEventsAndAClosedCaseCancelsItsPendingReferrals() {
        String partnerId = world.partner();
        String declined = world.refer(world.openCase(true), partnerId, "TRAINING", "ROUTINE").json().get("id").asString();
        String cancelled = world.refer(world.openCase(true), partnerId, "TRAINING", "ROUTINE").json().get("id").asString();
        String caseToClose = world.openCase(true);
        String pending = world.refer(caseToClose, partnerId, "TRAINING", "ROUTINE").json().get("id").asString();
        double cancelledBefore = transitions("CANCELLED", "TRAINING");
        double declinedBefore = transitions("DECLINED", "TRAINING");

        assertThat(api.post("/api/v1/referrals/" + declined + "/decline", TestTokens.partner(partnerId),
                "{\"reason\": \"NO_CAPACITY\", \"note\": \"full\"}").status()).isEqualTo(200);
        assertThat(api.post("/api/v1/referrals/" + cancelled + "/cancel", ReferralWorld.TECHNICIAN, "{\"note\": \"found a job\"}").status())
                .isEqualTo(200);
        world.caseEvents.send(new CaseClosed(caseToClose, "b", "lisboa", CaseClosureReason.PERSON_LEFT_AREA, "technician-lisboa",
                Instant.now()));

        await().atMost(Duration.ofSeconds(20)).until(() ->
                "CANCELLED".equals(api.get("/api/v1/referrals/" + pending, ReferralWorld.TECHNICIAN).json().get("status").asString()));
        try (EventProbe probe = new EventProbe(TestInfrastructure.embedded(), Topics.REFERRAL_EVENTS)) {
            assertContract(probe, EventType.REFERRAL_DECLINED, ReferralDeclined.class, declined);
            assertContract(probe, EventType.REFERRAL_CANCELLED, ReferralCancelled.class, cancelled);
            assertThat(probe.await(ReferralCancelled.class, e -> e.referralId().equals(cancelled)).data().reason())
                    .isEqualTo(CancellationReason.RECALLED_BY_OFFICE);
            assertThat(probe.await(ReferralCancelled.class, e -> e.referralId().equals(pending)).data().reason())
                    .isEqualTo(CancellationReason.CASE_CLOSED);
        }
        assertThat(api.get("/api/v1/referrals/" + pending, ReferralWorld.TECHNICIAN).json().get("history").get(1)
                .get("cancellationReason").asString()).isEqualTo("CASE_CLOSED");
        assertThat(transitions("DECLINED", "TRAINING")).isEqualTo(declinedBefore + 1);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(transitions("CANCELLED", "TRAINING"))
                .as("the recall and the cancellation by the closed case").isEqualTo(cancelledBefore + 2));
    }

    @Test
    void aPoisonRecordIsDeadLetteredAndARepeatedCaseClosedChangesNothing() {
        String caseId = world.openCase(true);
        String pending = world.refer(caseId, world.partner(), "TRAINING", "ROUTINE").json().get("id").asString();
        CaseClosed closure = new CaseClosed(caseId, "b", "lisboa", CaseClosureReason.OBJECTIVES_MET, "technician-lisboa", Instant.now());

        world.caseEvents.sendPoison(closure);
        EventEnvelope<CaseClosed> closed = world.caseEvents.send(closure);

        await().atMost(Duration.ofSeconds(20)).until(() ->
                "CANCELLED".equals(api.get("/api/v1/referrals/" + pending, ReferralWorld.TECHNICIAN).json().get("status").asString()));
        try (EventProbe deadLetters = new EventProbe(TestInfrastructure.embedded(), Topics.deadLetter(Topics.CASE_EVENTS, "referral-service"))) {
            assertThat(new String(deadLetters.awaitRecord(r -> caseId.equals(r.key())).value(), StandardCharsets.UTF_8))
                    .isEqualTo(EventFeed.POISON);
        }
        double duplicatesBefore = api.metric("ponte_events_duplicates_total");
        double cancelledBefore = transitions("CANCELLED", "TRAINING");

        world.caseEvents.resend(closed);

        await().atMost(Duration.ofSeconds(20)).until(() -> api.metric("ponte_events_duplicates_total") > duplicatesBefore);
        assertThat(api.get("/api/v1/referrals/" + pending, ReferralWorld.TECHNICIAN).json().get("history").values()).hasSize(2);
        assertThat(transitions("CANCELLED", "TRAINING")).isEqualTo(cancelledBefore);
    }

    @Test
    void everyDirectoryChangeLandsAsAFullSnapshotOnTheCompactedTopic() throws Exception {
        String partnerId = world.partner();

        try (EventProbe probe = new EventProbe(TestInfrastructure.embedded(), Topics.PARTNER_DIRECTORY)) {
            EventEnvelope<PartnerUpserted> upserted = probe.await(PartnerUpserted.class, e -> e.partnerId().equals(partnerId));
            assertThat(upserted.data().services()).singleElement().satisfies(s -> assertThat(s.serviceId()).isEqualTo("svc-training"));
            assertThat(upserted.data().email()).isEqualTo("referrals@" + partnerId + ".example.pt");
            EventContracts.assertMatchesSample(EventType.PARTNER_UPSERTED,
                    probe.awaitRecord(r -> upserted.eventId().toString().equals(KafkaEventRecords.headers(r).get("ce_id"))).value());
        }
        try (AdminClient admin = AdminClient.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.embedded().kafkaBootstrapServers()))) {
            ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, Topics.PARTNER_DIRECTORY);
            assertThat(admin.describeConfigs(List.of(topic)).all().get().get(topic).get(TopicConfig.CLEANUP_POLICY_CONFIG).value())
                    .isEqualTo(TopicConfig.CLEANUP_POLICY_COMPACT);
        }
        JsonNode found = api.get("/api/v1/partners?area=TRAINING&municipality=amadora", ReferralWorld.TECHNICIAN).json();
        assertThat(found.values()).anyMatch(p -> p.get("id").asString().equals(partnerId));
        assertThat(api.get("/api/v1/partners?area=HEALTH", ReferralWorld.TECHNICIAN).json().values())
                .noneMatch(p -> p.get("id").asString().equals(partnerId));
        assertThat(api.post("/api/v1/partners", ReferralWorld.TECHNICIAN, "{}").status()).isEqualTo(403);
    }

    @Test
    void aReferralToAnOrganisationOutsidePonteIsRecordedAndAnsweredByTheTechnician() {
        String caseId = world.openCase(true);

        HttpApi.Response referred = api.post("/api/v1/referrals", ReferralWorld.TECHNICIAN, """
                {"caseId": "%s", "externalOrganisation": "Associação Renovar", "area": "HOUSING", "priority": "ROUTINE",
                 "reason": "room to rent"}""".formatted(caseId));
        assertThat(referred.status()).as(referred.body()).isEqualTo(201);
        String id = referred.json().get("id").asString();
        assertThat(referred.json().get("partnerId").asString()).startsWith("off-platform:");

        assertThat(api.post("/api/v1/referrals/" + id + "/accept", ReferralWorld.TECHNICIAN, "{\"note\": \"they called back\"}").status())
                .isEqualTo(200);
        assertThat(api.post("/api/v1/referrals/" + id + "/complete", ReferralWorld.TECHNICIAN, "{\"outcome\": \"PARTIALLY_PROVIDED\"}")
                .json().get("status").asString()).isEqualTo("COMPLETED");
    }

    @Test
    void whenThePersonWithdrawsConsentToShareTheirOpenReferralsEndAndThePartnerCanNoLongerAct() {
        String partnerId = world.partner();
        String caseId = world.openCase(true);
        HttpApi.Response referred = world.refer(caseId, partnerId, "TRAINING", "ROUTINE");
        String pending = referred.json().get("id").asString();
        String accepted = world.refer(caseId, partnerId, "TRAINING", "ROUTINE").json().get("id").asString();
        String beneficiaryId = referred.json().get("beneficiaryId").asString();
        String partner = TestTokens.partner(partnerId);
        assertThat(api.post("/api/v1/referrals/" + accepted + "/accept", partner, "{}").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/referrals/" + pending, partner).json().get("reason").asString()).contains("cook");
        assertThat(api.get("/api/v1/audit?subjectId=" + beneficiaryId, TestTokens.admin()).json().get("items").values())
                .as("the partner's read of the reason is audited").anySatisfy(entry -> {
                    assertThat(entry.get("what").asString()).isEqualTo("referral.reason");
                    assertThat(entry.get("actorPartnerId").asString()).isEqualTo(partnerId);
                });

        world.caseEvents.send(new ConsentChanged(beneficiaryId, "lisboa", new Consent(true, false), "technician-lisboa", Instant.now()));

        await().atMost(Duration.ofSeconds(20)).until(() -> api.get("/api/v1/referrals/" + pending, partner).json().get("reason").isNull());
        for (String id : List.of(pending, accepted)) {
            assertThat(api.get("/api/v1/referrals/" + id, ReferralWorld.TECHNICIAN).json().get("status").asString()).isEqualTo("CANCELLED");
        }
        assertThat(api.post("/api/v1/referrals/" + accepted + "/complete", partner, "{\"outcome\": \"SERVICE_PROVIDED\"}").status())
                .as("the partner can no longer act").isEqualTo(409);
        assertThat(api.get("/api/v1/referrals/" + pending, ReferralWorld.TECHNICIAN).json().get("reason").asString()).contains("cook");
        try (EventProbe probe = new EventProbe(TestInfrastructure.embedded(), Topics.REFERRAL_EVENTS)) {
            assertThat(probe.await(ReferralCancelled.class, e -> e.referralId().equals(accepted)).data().reason())
                    .isEqualTo(CancellationReason.SHARING_CONSENT_WITHDRAWN);
        }
    }

    @Test
    void theReasonIsStoredSealedAndOnceThePersonIsErasedNoCopyOfItOpens() {
        String caseId = world.openCase(true);
        HttpApi.Response referred = world.refer(caseId, world.partner(), "TRAINING", "ROUTINE");
        String id = referred.json().get("id").asString();
        String beneficiaryId = referred.json().get("beneficiaryId").asString();
        org.bson.Document backup = mongo.getCollection("referrals").find(new org.bson.Document("_id", id)).first();
        assertThat(backup.toJson()).as("the stored referral, read past the service").doesNotContain("cook");
        assertThat(api.get("/api/v1/referrals/" + id, ReferralWorld.TECHNICIAN).json().get("reason").asString()).contains("cook");

        world.caseEvents.send(new BeneficiaryErased(beneficiaryId, "lisboa", "technician-lisboa", Instant.now()));

        await().atMost(Duration.ofSeconds(20)).until(() -> !personKeys.holds(beneficiaryId));
        mongo.getCollection("referrals").replaceOne(new org.bson.Document("_id", id), backup);
        assertThat(api.get("/api/v1/referrals/" + id, ReferralWorld.TECHNICIAN).json().get("reason").isNull())
                .as("the referral restored from before the erasure keeps its facts, not the reason").isTrue();
    }

    private static <E extends ReferralEvent> void assertContract(EventProbe probe, EventType type, Class<E> eventClass, String referralId) {
        EventEnvelope<E> event = probe.await(eventClass, e -> e.referralId().equals(referralId));
        ConsumerRecord<String, byte[]> record = probe.awaitRecord(r -> event.eventId().toString().equals(KafkaEventRecords.headers(r).get("ce_id")));
        assertThat(record.key()).isEqualTo(referralId);
        EventContracts.assertMatchesSample(type, record.value());
    }

    private static long count(EventProbe probe, Class<? extends PonteEvent> type, String referralId) {
        return probe.events().stream().filter(e -> type.isInstance(e.data()) && e.aggregateId().equals(referralId)).count();
    }

    private double transitions(String status, String area) {
        return api.metric("ponte_referrals_transitions_total", "status=\"" + status + "\"", "area=\"" + area + "\"");
    }

    private static Instant respondBy(HttpApi.Response referred) {
        assertThat(referred.status()).as(referred.body()).isEqualTo(201);
        return Instant.parse(referred.json().get("respondBy").asString());
    }

    private static List<String> ids(HttpApi.Response list) {
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        return list.json().get("items").values().stream().map(item -> item.get("id").asString()).toList();
    }

    private static String problem(HttpApi.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(422);
        return response.json().get("type").asString().replace("urn:ponte:problem:", "");
    }
}
