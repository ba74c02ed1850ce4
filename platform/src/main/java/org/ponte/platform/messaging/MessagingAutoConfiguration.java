package org.ponte.platform.messaging;

import org.ponte.platform.tracing.EventTracing;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.ponte.events.EventCodec;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.kafka.core.KafkaAdmin;

import java.time.Clock;
import java.time.Duration;

/** Idempotent event consumers with one retry and dead-letter policy, for every service with a MongoDB database. */
@AutoConfiguration(after = {DataMongoAutoConfiguration.class, KafkaAutoConfiguration.class})
@ConditionalOnBean(MongoOperations.class)
@EnableConfigurationProperties(MessagingProperties.class)
public class MessagingAutoConfiguration {

    @Bean
    EventConsumers eventConsumers(MongoOperations mongo, ObjectProvider<MeterRegistry> meters, ObjectProvider<Clock> clock, EventTracing tracing) {
        return new EventConsumers(new EventCodec(), mongo, meters.getIfAvailable(SimpleMeterRegistry::new),
                clock.getIfAvailable(Clock::systemUTC), tracing);
    }

    @Bean
    ConsumersCaughtUp consumersCaughtUpHealthIndicator() {
        return new ConsumersCaughtUp();
    }

    @Bean
    DeadLetterPolicy deadLetterPolicy(KafkaProperties kafka, KafkaAdmin admin, MessagingProperties properties, ConsumersCaughtUp caughtUp) {
        return new DeadLetterPolicy(ReliableProducer.template(kafka, "dead-letters", Duration.ofSeconds(10)), admin, properties, caughtUp);
    }
}
