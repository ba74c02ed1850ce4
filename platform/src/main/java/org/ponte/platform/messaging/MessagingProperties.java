package org.ponte.platform.messaging;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How consumers treat an event they fail on ({@code ponte.messaging.*}): attempts in all, with exponential
 * back-off between them, before it goes to the dead-letter topic {@code <topic>.<group>.dlq}.
 */
@ConfigurationProperties("ponte.messaging")
public record MessagingProperties(
        @DefaultValue("3") int maxAttempts,
        @DefaultValue("200ms") Duration initialBackOff,
        @DefaultValue("2s") Duration maxBackOff) {
}
