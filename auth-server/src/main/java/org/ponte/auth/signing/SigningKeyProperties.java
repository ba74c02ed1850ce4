package org.ponte.auth.signing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The signing keys' life ({@code ponte.auth.signing-keys.*}).
 *
 * @param password     the secret the private keys are encrypted with in the database (required; a long random value
 *                     from the environment, {@code PONTE_AUTH_SIGNINGKEYS_PASSWORD})
 * @param rotation     how long a key signs before a new one is made
 * @param publishAhead how long a new key is published before it signs: longer than resource servers cache the key set
 * @param refresh      how often an instance reads the keys again (another instance may have rotated)
 */
@ConfigurationProperties("ponte.auth.signing-keys")
public record SigningKeyProperties(
        String password,
        @DefaultValue("30d") Duration rotation,
        @DefaultValue("10m") Duration publishAhead,
        @DefaultValue("1m") Duration refresh) {
}
