package org.ponte.auth;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ponte.auth.signing.SigningKeyProperties;
import org.ponte.auth.signing.SigningKeys;
import org.ponte.testsupport.TestInfrastructure;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.crypto.encrypt.Encryptors;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Signing-key rotation over the real store, with the clock moved by hand: a new key is published before it signs,
 * and the old one stays published until every token it signed has expired.
 */
class SigningKeysTest {

    private static final Duration TOKENS_LIVE_FOR = Duration.ofMinutes(31);
    private static final SigningKeyProperties EVERY_30_DAYS = new SigningKeyProperties("a-long-random-secret", Duration.ofDays(30),
            Duration.ofMinutes(10), Duration.ZERO);

    private final MongoClient client = MongoClients.create(TestInfrastructure.embedded().mongoUri());
    private final MongoTemplate store = new MongoTemplate(client, "auth-keys-" + UUID.randomUUID());
    private Instant now = Instant.parse("2026-03-01T10:00:00Z");

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void aKeyIsPublishedBeforeItSignsAndAfterItStopsUntilItsTokensHaveExpired() {
        SigningKeys keys = keys("a-long-random-secret");
        String first = keys.signingKeyId();
        assertThat(published(keys)).containsExactly(first);

        now = now.plus(Duration.ofDays(30));
        String second = published(keys).get(1);
        assertThat(keys.signingKeyId()).as("the new key is published ten minutes before it signs").isEqualTo(first);

        now = now.plus(Duration.ofMinutes(10));
        assertThat(keys.signingKeyId()).isEqualTo(second);
        assertThat(published(keys)).as("the old key, while tokens it signed may live").containsExactly(first, second);

        now = now.plus(TOKENS_LIVE_FOR).plusSeconds(1);
        assertThat(published(keys)).containsExactly(second);
    }

    @Test
    void anotherInstanceSignsAndPublishesTheSameKeys() {
        SigningKeys one = keys("a-long-random-secret");
        SigningKeys other = keys("a-long-random-secret");

        assertThat(other.signingKeyId()).isEqualTo(one.signingKeyId());
        now = now.plus(Duration.ofDays(30));
        assertThat(published(other)).isEqualTo(published(one)).hasSize(2);
    }

    @Test
    void theKeysDoNotOpenWithAnotherPassword() {
        keys("a-long-random-secret").signingKeyId();

        assertThatThrownBy(() -> keys("another-secret").signingKeyId()).hasMessageContaining("cannot be read");
    }

    private SigningKeys keys(String password) {
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        SigningKeyProperties properties = new SigningKeyProperties(password, EVERY_30_DAYS.rotation(), EVERY_30_DAYS.publishAhead(), EVERY_30_DAYS.refresh());
        return new SigningKeys(store, Encryptors.stronger(password, "0123456789abcdef"), properties, TOKENS_LIVE_FOR, clock);
    }

    private static List<String> published(SigningKeys keys) {
        return keys.get(new JWKSelector(new JWKMatcher.Builder().build()), null).stream().map(JWK::getKeyID).toList();
    }
}
