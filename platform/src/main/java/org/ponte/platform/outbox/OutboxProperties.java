package org.ponte.platform.outbox;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The outbox relay ({@code ponte.outbox.*}).
 *
 * @param enabled          whether the relay runs in this process
 * @param pollInterval     how often it looks when no save woke it up
 * @param sweepInterval    how often it reads whole collections for waiting messages that no save of this process
 *                         announced (left by a crash, another instance, a failed round)
 * @param batchSize        aggregates read per collection and round
 * @param sendTimeout      how long it waits for the broker's acknowledgement of one message
 * @param maxRetryInterval the longest pause between rounds while the broker is away
 */
@ConfigurationProperties("ponte.outbox")
public record OutboxProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("200ms") Duration pollInterval,
        @DefaultValue("60s") Duration sweepInterval,
        @DefaultValue("200") int batchSize,
        @DefaultValue("10s") Duration sendTimeout,
        @DefaultValue("5s") Duration maxRetryInterval) {
}
