package org.ponte.referrals.caseinfo;

import org.ponte.platform.messaging.EventConsumers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/** The {@code caseEvents} binding: case-events, consumer group referral-service. */
@Configuration(proxyBeanMethods = false)
class CaseEventsBinding {

    @Bean
    Consumer<Message<byte[]>> caseEvents(EventConsumers consumers, CaseReplica caseReplica) {
        return consumers.idempotent("referral-service.case-info", caseReplica.handlers());
    }
}
