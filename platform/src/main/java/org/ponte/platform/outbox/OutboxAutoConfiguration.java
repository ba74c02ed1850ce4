package org.ponte.platform.outbox;

import org.ponte.platform.tracing.EventTracing;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.ponte.events.EventCodec;
import org.ponte.platform.messaging.ReliableProducer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveCallback;

import java.util.List;

/** The outbox of every service with a MongoDB database: encoding on save, and the relay to Kafka. */
@AutoConfiguration(after = {DataMongoAutoConfiguration.class, KafkaAutoConfiguration.class})
@ConditionalOnBean(MongoOperations.class)
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxAutoConfiguration {

    @Bean
    SentEvents sentEvents() {
        return new SentEvents();
    }

    @Bean
    OutboxEncoder outboxEncoder(@Value("${spring.application.name}") String serviceName, SentEvents sent, EventTracing tracing) {
        return new OutboxEncoder(new EventCodec(), serviceName, sent, tracing);
    }

    @Bean
    OutboxRelay outboxRelay(MongoOperations mongo, KafkaProperties kafka, OutboxProperties properties,
                            ObjectProvider<MeterRegistry> meters, SentEvents sent) {
        return new OutboxRelay(mongo, ReliableProducer.template(kafka, "outbox-relay", properties.sendTimeout()), () -> aggregateCollections(mongo),
                properties, meters.getIfAvailable(SimpleMeterRegistry::new), sent);
    }

    /** A save with new events tells the relay which document to read, so they leave at once. */
    @Bean
    AfterSaveCallback<AggregateRoot> outboxWakeUp(ObjectProvider<OutboxRelay> relay) {
        return (aggregate, document, collection) -> {
            if (!aggregate.outbox().isEmpty()) {
                relay.ifAvailable(it -> it.saved(collection, document.get("_id")));
            }
            return aggregate;
        };
    }

    private static List<String> aggregateCollections(MongoOperations mongo) {
        return mongo.getConverter().getMappingContext().getPersistentEntities().stream()
                .filter(entity -> AggregateRoot.class.isAssignableFrom(entity.getType()))
                .map(MongoPersistentEntity::getCollection)
                .distinct()
                .toList();
    }
}
