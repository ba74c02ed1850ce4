package org.ponte.notifications.rules;

import org.ponte.platform.messaging.EventConsumers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/** The bindings of the events that cause notifications: referral-events and case-events, group notification-service. */
@Configuration(proxyBeanMethods = false)
class SourceEventsBinding {

    @Bean
    Consumer<Message<byte[]>> referralEvents(EventConsumers consumers, NotificationRules rules) {
        return consumers.idempotent("notification-service.referral-events", rules.handlers());
    }

    @Bean
    Consumer<Message<byte[]>> caseEvents(EventConsumers consumers, NotificationRules rules) {
        return consumers.idempotent("notification-service.case-events", rules.handlers());
    }
}
