package org.ponte.notifications.directory;

import org.ponte.platform.messaging.EventConsumers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/** The {@code partnerDirectory} binding: the compacted partner-directory topic, group notification-service. */
@Configuration(proxyBeanMethods = false)
class PartnerDirectoryBinding {

    @Bean
    Consumer<Message<byte[]>> partnerDirectory(EventConsumers consumers, PartnerContactService contacts) {
        return consumers.idempotent("notification-service.partner-contacts", contacts.handlers());
    }
}
