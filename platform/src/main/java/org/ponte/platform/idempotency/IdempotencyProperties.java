package org.ponte.platform.idempotency;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How long a caller's {@code Idempotency-Key} is remembered ({@code retention}, at least a day so that a client
 * retrying the next morning is still recognised), and how long a first request may hold its key before a repeat is
 * let through as if the first had never arrived ({@code lease}: only a process that died mid-request leaves one).
 */
@ConfigurationProperties("ponte.idempotency")
public record IdempotencyProperties(@DefaultValue("24h") Duration retention, @DefaultValue("30s") Duration lease) {
}
