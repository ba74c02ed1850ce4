package org.ponte.auth.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How often the doors to the accounts may be knocked on ({@code ponte.auth.limits.*}); beyond that, 429 with
 * {@code Retry-After}.
 *
 * @param tokensPerClient       token requests a client may make per {@code period} (a client keeps its token for 30 minutes)
 * @param tokensPerAddress      token requests from one address per {@code period}
 * @param signInsPerAddress     sign-in attempts from one address per {@code period}
 * @param period                the window of the three above
 * @param failedSignInsPerUser  failed sign-ins of one user name per {@code failedSignInPeriod}: beyond it the name is
 *                              refused until the window has passed, whatever the password (guessing gets nowhere)
 * @param failedSignInPeriod    the window of failed sign-ins
 */
@ConfigurationProperties("ponte.auth.limits")
public record AttemptLimitProperties(
        @DefaultValue("60") int tokensPerClient,
        @DefaultValue("600") int tokensPerAddress,
        @DefaultValue("30") int signInsPerAddress,
        @DefaultValue("1m") Duration period,
        @DefaultValue("5") int failedSignInsPerUser,
        @DefaultValue("15m") Duration failedSignInPeriod) {
}
