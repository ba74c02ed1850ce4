package org.ponte.testsupport;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.ponte.events.Topics;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A Spring Boot application under test finds the shared broker and store through the annotation alone. */
@SpringBootTest(classes = SpringWiringTest.Application.class, properties = {
        "spring.mongodb.database=wiring-test",
        "spring.kafka.producer.value-serializer=org.apache.kafka.common.serialization.ByteArraySerializer"})
@RealInfrastructure
class SpringWiringTest {

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Application {
    }

    @Autowired
    MongoTemplate mongo;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Value("${spring.cloud.stream.kafka.binder.brokers}")
    String binderBrokers;

    @Test
    void springDataMongoStoresInTheSharedStore() {
        String id = UUID.randomUUID().toString();

        mongo.save(new Document("_id", id).append("status", "OPEN"), "cases");

        assertThat(mongo.findById(id, Document.class, "cases")).containsEntry("status", "OPEN");
    }

    @Test
    void kafkaTemplateAndTheStreamBinderPointAtTheSharedBroker(TestInfrastructure infrastructure) throws Exception {
        String key = UUID.randomUUID().toString();

        kafka.send(new ProducerRecord<>(Topics.NOTIFICATION_EVENTS, key, "hello".getBytes(StandardCharsets.UTF_8))).get();

        assertThat(binderBrokers).isEqualTo(infrastructure.kafkaBootstrapServers());
        try (EventProbe probe = new EventProbe(infrastructure, Topics.NOTIFICATION_EVENTS)) {
            assertThat(probe.awaitRecord(record -> key.equals(record.key())).value()).asString(StandardCharsets.UTF_8)
                    .isEqualTo("hello");
        }
    }
}
