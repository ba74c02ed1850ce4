package org.ponte.programme.replica;

import org.ponte.platform.messaging.EventConsumers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/** The {@code caseEvents} and {@code partnerDirectory} bindings, consumer group programme-service. */
@Configuration(proxyBeanMethods = false)
class ReplicaBindings {

    @Bean
    Consumer<Message<byte[]>> caseEvents(EventConsumers consumers, ProgrammeReplica replica) {
        return consumers.idempotent("programme-service.people", replica.caseEvents());
    }

    @Bean
    Consumer<Message<byte[]>> partnerDirectory(EventConsumers consumers, ProgrammeReplica replica) {
        return consumers.idempotent("programme-service.partners", replica.partnerDirectory());
    }
}
