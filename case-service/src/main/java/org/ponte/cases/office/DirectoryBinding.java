package org.ponte.cases.office;

import org.ponte.platform.messaging.EventConsumers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/** The {@code directory} binding: the compacted partner-directory topic, consumer group case-service. */
@Configuration(proxyBeanMethods = false)
class DirectoryBinding {

    @Bean
    Consumer<Message<byte[]>> directory(EventConsumers consumers, OfficeDirectory offices) {
        return consumers.upserting("case-service.offices", offices.handlers());
    }
}
