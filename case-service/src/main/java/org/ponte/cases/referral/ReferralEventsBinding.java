package org.ponte.cases.referral;

import org.ponte.platform.messaging.EventConsumers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/** The {@code referralEvents} binding: referral-events, consumer group case-service. */
@Configuration(proxyBeanMethods = false)
class ReferralEventsBinding {

    @Bean
    Consumer<Message<byte[]>> referralEvents(EventConsumers consumers, ReferralSummaryProjection projection) {
        return consumers.idempotent("case-service.referral-summaries", projection.handlers());
    }
}
