package org.ponte.reporting.office;

import org.ponte.platform.messaging.EventConsumers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/** The {@code directory} binding: the compacted partner-directory topic, consumer group reporting-service. */
@Configuration(proxyBeanMethods = false)
class DirectoryBinding {

    @Bean
    Consumer<Message<byte[]>> directory(EventConsumers consumers, NetworkOffices offices) {
        return consumers.upserting("reporting-service.offices", offices.handlers());
    }
}
