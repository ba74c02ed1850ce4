package org.ponte.testsupport;

import org.ponte.events.KafkaEventRecords;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.ponte.events.EventCodec;
import org.ponte.events.EventEnvelope;
import org.ponte.events.Topics;
import org.ponte.events.cases.AttendanceRecorded;
import org.ponte.events.cases.BeneficiaryProfile;
import org.ponte.events.vocabulary.AgeBand;
import org.ponte.events.vocabulary.AttendanceChannel;
import org.ponte.events.vocabulary.InterventionArea;
import org.ponte.events.vocabulary.Sex;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every service relies on from its infrastructure, whichever kind runs it. */
abstract class InfrastructureContract {

    private final EventCodec codec = new EventCodec();

    @Test
    void eventTravelsThroughTheBrokerWithItsCloudEventsHeadersAndComesBackEqual(TestInfrastructure infrastructure) throws Exception {
        String caseId = UUID.randomUUID().toString();
        EventEnvelope<AttendanceRecorded> first = attendanceOn(caseId);
        EventEnvelope<AttendanceRecorded> second = attendanceOn(caseId);

        List<RecordMetadata> sent;
        try (KafkaProducer<String, byte[]> producer = reliableProducer(infrastructure)) {
            sent = List.of(
                    producer.send(KafkaEventRecords.toProducerRecord(codec.encode(first))).get(),
                    producer.send(KafkaEventRecords.toProducerRecord(codec.encode(second))).get());
        }

        try (EventProbe probe = new EventProbe(infrastructure, Topics.CASE_EVENTS)) {
            EventEnvelope<AttendanceRecorded> received =
                    probe.await(AttendanceRecorded.class, event -> event.attendanceId().equals(first.data().attendanceId()));
            ConsumerRecord<String, byte[]> record = probe.awaitRecord(r -> r.offset() == sent.get(0).offset()
                    && r.partition() == sent.get(0).partition());

            assertThat(received).isEqualTo(first);
            assertThat(record.key()).isEqualTo(caseId);
            assertThat(new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))
                    .isEqualTo("org.ponte.case.AttendanceRecorded");
            assertThat(new String(record.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8))
                    .isEqualTo(first.eventId().toString());
            assertThat(new String(record.value(), StandardCharsets.UTF_8)).startsWith("{\"attendanceId\"");
        }
        assertThat(sent.get(1).partition()).as("one case's events share a partition, so they stay in order")
                .isEqualTo(sent.get(0).partition());
        assertThat(sent.get(1).offset()).isGreaterThan(sent.get(0).offset());
    }

    @Test
    void storeKeepsDocumentsAndRefusesDuplicatesOfAUniqueIndex(TestInfrastructure infrastructure) {
        try (MongoClient client = MongoClients.create(infrastructure.mongoUri())) {
            MongoCollection<Document> processed = client.getDatabase("infrastructure-test").getCollection("processed_events");
            processed.createIndex(Indexes.ascending("eventId"), new IndexOptions().unique(true));
            String eventId = UUID.randomUUID().toString();

            processed.insertOne(new Document("eventId", eventId).append("group", "reporting-service"));

            assertThat(processed.find(new Document("eventId", eventId)).first()).containsEntry("group", "reporting-service");
            assertThatThrownBy(() -> processed.insertOne(new Document("eventId", eventId)))
                    .isInstanceOfSatisfying(MongoWriteException.class,
                            e -> assertThat(ErrorCategory.fromErrorCode(e.getCode())).isEqualTo(ErrorCategory.DUPLICATE_KEY));
        }
    }

    private static KafkaProducer<String, byte[]> reliableProducer(TestInfrastructure infrastructure) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                new StringSerializer(), new ByteArraySerializer());
    }

    private static EventEnvelope<AttendanceRecorded> attendanceOn(String caseId) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        AttendanceRecorded attendance = new AttendanceRecorded(UUID.randomUUID().toString(), caseId,
                UUID.randomUUID().toString(), "lisboa", "technician-lisboa-1", now.minus(1, ChronoUnit.HOURS),
                AttendanceChannel.PHONE, List.of(InterventionArea.HOUSING, InterventionArea.LEGAL_STATUS), 30, null,
                new BeneficiaryProfile("UA", Sex.MALE, AgeBand.FROM_35_TO_44), now);
        return EventEnvelope.wrap(attendance, "case-service", UUID.randomUUID().toString(), now);
    }
}
