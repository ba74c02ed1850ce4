package org.ponte.platform;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ponte.events.EncodedEvent;
import org.ponte.events.EventCodec;
import org.ponte.events.EventEnvelope;
import org.ponte.events.EventType;
import org.ponte.events.Topics;
import org.ponte.events.cases.CaseClosed;
import org.ponte.events.cases.CaseReopened;
import org.ponte.events.vocabulary.CaseClosureReason;
import org.ponte.platform.outbox.OutboxRelay;
import org.ponte.platform.sample.HandledEvents;
import org.ponte.platform.sample.SampleCase;
import org.ponte.platform.sample.SampleCases;
import org.ponte.testsupport.EventContracts;
import org.ponte.testsupport.EventProbe;
import org.ponte.events.KafkaEventRecords;
import org.ponte.testsupport.RealInfrastructure;
import org.ponte.testsupport.TestInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoOperations;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The outbox and the consumers, as other services see them: records on the real broker. */
@SpringBootTest
@RealInfrastructure
class OutboxAndConsumersTest {

    @Autowired
    SampleCases cases;
    @Autowired
    MongoOperations mongo;
    @Autowired
    HandledEvents handled;
    @Autowired
    OutboxRelay relay;

    final EventCodec codec = new EventCodec();
    TestInfrastructure infrastructure = TestInfrastructure.embedded();
    KafkaProducer<String, byte[]> producer;

    @BeforeEach
    void producer() {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers()),
                new StringSerializer(), new ByteArraySerializer());
    }

    @AfterEach
    void close() {
        producer.close();
    }

    @Test
    void savingAnAggregatePublishesItsEventThenEmptiesItsOutbox() {
        SampleCase sample = new SampleCase(UUID.randomUUID().toString(), "b-1", "lisboa");
        sample.close("technician-lisboa", Instant.now().truncatedTo(ChronoUnit.MILLIS));

        cases.save(sample);

        try (EventProbe probe = new EventProbe(infrastructure, Topics.CASE_EVENTS)) {
            EventEnvelope<CaseClosed> closed = probe.await(CaseClosed.class, event -> event.caseId().equals(sample.id()));
            assertThat(closed.source()).isEqualTo("platform-test");
            assertThat(closed.aggregateId()).isEqualTo(sample.id());
            ConsumerRecord<String, byte[]> record = probe.awaitRecord(r -> sample.id().equals(r.key()));
            EventContracts.assertMatchesSample(EventType.CASE_CLOSED, record.value());
        }
        await().atMost(Duration.ofSeconds(10)).until(() ->
                mongo.findById(sample.id(), Document.class, "sample_cases").getList("outbox", Document.class).isEmpty());
        assertThat(cases.findById(sample.id()).orElseThrow().closed()).isTrue();
    }

    @Test
    void aMessageLeftInAnOutboxByACrashIsSentWhenTheRelayStartsAgain() {
        String id = UUID.randomUUID().toString();
        EncodedEvent closed = codec.encode(EventEnvelope.wrap(new CaseClosed(id, "b-1", "lisboa", CaseClosureReason.OBJECTIVES_MET, "technician-lisboa",
                Instant.now().truncatedTo(ChronoUnit.MILLIS)), "platform-test", "corr-" + id, Instant.now()));
        relay.stop();
        // Written behind the repository's back, as a crash between the save and the relay leaves it: no save announced it.
        mongo.insert(new Document("_id", id).append("officeId", "lisboa").append("outbox", List.of(new Document("eventId", closed.headers().get("ce_id"))
                .append("type", "org.ponte.case.CaseClosed").append("topic", closed.topic()).append("key", closed.key())
                .append("headers", new Document(closed.headers())).append("body", closed.bodyText()).append("occurredAt", new Date()))), "sample_cases");

        relay.start();

        try (EventProbe probe = new EventProbe(infrastructure, Topics.CASE_EVENTS)) {
            assertThat(probe.await(CaseClosed.class, event -> event.caseId().equals(id)).aggregateId()).isEqualTo(id);
        }
        await().atMost(Duration.ofSeconds(10)).until(() ->
                mongo.findById(id, Document.class, "sample_cases").getList("outbox", Document.class).isEmpty());
    }

    @Test
    void anEventDeliveredTwiceIsHandledOnce() {
        EncodedEvent event = reopened("twice-" + UUID.randomUUID());

        producer.send(KafkaEventRecords.toProducerRecord(event));
        producer.send(KafkaEventRecords.toProducerRecord(event));
        String sentinel = sendSentinel(event.key());

        await().atMost(Duration.ofSeconds(20)).until(() -> handled.handledAggregate(sentinel));
        assertThat(handled.count(event.headers().get("ce_id"))).isEqualTo(1);
    }

    @Test
    void anEventOfAnUnknownTypeIsSkippedAndTheNextOneHandled() {
        EncodedEvent known = reopened("unknown-" + UUID.randomUUID());
        ProducerRecord<String, byte[]> record = KafkaEventRecords.toProducerRecord(known);
        record.headers().remove("ce_type").add(new RecordHeader("ce_type", "org.ponte.case.FromTheFuture".getBytes(StandardCharsets.UTF_8)));

        producer.send(record);
        String sentinel = sendSentinel(known.key());

        await().atMost(Duration.ofSeconds(20)).until(() -> handled.handledAggregate(sentinel));
        assertThat(handled.count(known.headers().get("ce_id"))).isZero();
    }

    @Test
    void aMalformedEventGoesToTheDeadLetterTopicAtOnceAndDoesNotBlockItsPartition() {
        EncodedEvent event = reopened("malformed-" + UUID.randomUUID());
        ProducerRecord<String, byte[]> poison = new ProducerRecord<>(Topics.CASE_EVENTS, null, event.key(),
                "{not json".getBytes(StandardCharsets.UTF_8), KafkaEventRecords.toProducerRecord(event).headers());

        producer.send(poison);
        String sentinel = sendSentinel(event.key());

        await().atMost(Duration.ofSeconds(20)).until(() -> handled.handledAggregate(sentinel));
        try (EventProbe deadLetters = new EventProbe(infrastructure, Topics.deadLetter(Topics.CASE_EVENTS, "platform-test"))) {
            ConsumerRecord<String, byte[]> dead = deadLetters.awaitRecord(r -> event.key().equals(r.key()));
            assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo("{not json");
            assertThat(KafkaEventRecords.headers(dead)).hasEntrySatisfying("x-error", error -> assertThat(error).contains("MalformedEventException"))
                    .containsEntry("ce_id", event.headers().get("ce_id"));
        }
    }

    @Test
    void anEventItsHandlerKeepsFailingOnIsRetriedThenDeadLettered() {
        EncodedEvent failing = reopened("fails-always-" + UUID.randomUUID());

        producer.send(KafkaEventRecords.toProducerRecord(failing));
        String sentinel = sendSentinel(failing.key());

        await().atMost(Duration.ofSeconds(20)).until(() -> handled.handledAggregate(sentinel));
        try (EventProbe deadLetters = new EventProbe(infrastructure, Topics.deadLetter(Topics.CASE_EVENTS, "platform-test"))) {
            assertThat(KafkaEventRecords.headers(deadLetters.awaitRecord(r -> failing.key().equals(r.key()))))
                    .hasEntrySatisfying("x-error", message -> assertThat(message).contains("cannot process"));
        }
    }

    @Test
    void aDeadLetterTheBrokerRefusesIsSentAgainAndItsRecordIsNotCommittedBeforeItIsStored() throws Exception {
        String deadLetterTopic = Topics.deadLetter(Topics.CASE_EVENTS, "platform-test");
        EncodedEvent event = reopened("refused-dead-letter-" + UUID.randomUUID());
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers()))) {
            ConfigResource deadLetters = new ConfigResource(ConfigResource.Type.TOPIC, deadLetterTopic);
            RecordMetadata poison;
            String sentinel;
            TopicPartition partition;
            try {
                // Far smaller than any dead letter with its error headers: the broker refuses each one.
                alter(admin, deadLetters, new AlterConfigOp(new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, "64"), AlterConfigOp.OpType.SET));
                poison = producer.send(new ProducerRecord<>(Topics.CASE_EVENTS, null, event.key(),
                        "{not json".getBytes(StandardCharsets.UTF_8), KafkaEventRecords.toProducerRecord(event).headers())).get();
                sentinel = sendSentinel(event.key());
                partition = new TopicPartition(poison.topic(), poison.partition());

                await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> committed(admin, partition) <= poison.offset());
            } finally {
                // Whatever happened above, the other tests' dead letters must be accepted again.
                alter(admin, deadLetters, new AlterConfigOp(new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, ""), AlterConfigOp.OpType.DELETE));
            }
            try (EventProbe probe = new EventProbe(infrastructure, deadLetterTopic)) {
                assertThat(new String(probe.awaitRecord(r -> event.key().equals(r.key())).value(), StandardCharsets.UTF_8)).isEqualTo("{not json");
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> handled.handledAggregate(sentinel) && committed(admin, partition) > poison.offset());
        }
    }

    private static void alter(Admin admin, ConfigResource topic, AlterConfigOp change) throws Exception {
        admin.incrementalAlterConfigs(Map.of(topic, List.of(change))).all().get();
    }

    /** The next offset the sample consumer's group would read from the partition after a restart. */
    private static long committed(Admin admin, TopicPartition partition) throws Exception {
        OffsetAndMetadata offset = admin.listConsumerGroupOffsets("platform-test").partitionsToOffsetAndMetadata().get().get(partition);
        return offset == null ? -1 : offset.offset();
    }

    /** Another event on the same partition (same key), handled after the ones under test. */
    private String sendSentinel(String key) {
        String sentinelCase = "sentinel-" + UUID.randomUUID();
        EncodedEvent sentinel = reopened(sentinelCase);
        producer.send(new ProducerRecord<>(Topics.CASE_EVENTS, null, key, sentinel.body(),
                KafkaEventRecords.toProducerRecord(sentinel).headers()));
        producer.flush();
        return sentinelCase;
    }

    private EncodedEvent reopened(String caseId) {
        CaseReopened event = new CaseReopened(caseId, "b-1", "lisboa", "technician-lisboa", Instant.now().truncatedTo(ChronoUnit.MILLIS));
        return codec.encode(EventEnvelope.wrap(event, "case-service", "corr-" + caseId, event.reopenedAt()));
    }
}
