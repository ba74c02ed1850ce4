package org.ponte.reporting.facts;

import org.ponte.platform.messaging.EventConsumers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/**
 * The read models follow case-events, referral-events, notification-events and programme-events (group reporting-service). Every
 * fact is an idempotent upsert, so the consumers keep no processed-event markers.
 */
@Configuration(proxyBeanMethods = false)
class EventBindings {

    @Bean
    Consumer<Message<byte[]>> caseEvents(EventConsumers consumers, ReportingProjection facts) {
        return consumers.upserting("reporting-service.case-events", facts::apply);
    }

    @Bean
    Consumer<Message<byte[]>> referralEvents(EventConsumers consumers, ReportingProjection facts) {
        return consumers.upserting("reporting-service.referral-events", facts::apply);
    }

    @Bean
    Consumer<Message<byte[]>> programmeEvents(EventConsumers consumers, ReportingProjection facts) {
        return consumers.upserting("reporting-service.programme-events", facts::apply);
    }

    @Bean
    Consumer<Message<byte[]>> notificationEvents(EventConsumers consumers, ReportingProjection facts) {
        return consumers.upserting("reporting-service.notification-events", facts::apply);
    }
}
