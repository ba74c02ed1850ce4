package org.ponte.platform.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerifiedTokensTest {

    static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    final List<String> verifications = new ArrayList<>();

    /** A decoder that counts its verifications: accepts "good-…" tokens expiring in five minutes, or none for "endless-…". */
    final JwtDecoder decoder = token -> {
        verifications.add(token);
        if (token.startsWith("bad")) {
            throw new BadJwtException("signature does not match");
        }
        Jwt.Builder jwt = Jwt.withTokenValue(token).header("alg", "RS256").subject("ana.lisboa").issuedAt(NOW);
        return token.startsWith("endless") ? jwt.build() : jwt.expiresAt(NOW.plusSeconds(300)).build();
    };

    @Test
    void aVerifiedTokenIsNotVerifiedAgainUntilItExpires() {
        VerifiedTokens beforeExpiry = new VerifiedTokens(decoder, Clock.fixed(NOW.plusSeconds(299), ZoneOffset.UTC));

        assertThat(beforeExpiry.decode("good-1").getSubject()).isEqualTo("ana.lisboa");
        assertThat(beforeExpiry.decode("good-1").getSubject()).isEqualTo("ana.lisboa");
        assertThat(beforeExpiry.decode("good-2")).isNotNull();

        assertThat(verifications).containsExactly("good-1", "good-2");
    }

    @Test
    void anExpiredTokenGoesBackToTheDecoder() {
        MovableClock clock = new MovableClock(NOW);
        VerifiedTokens tokens = new VerifiedTokens(decoder, clock);
        tokens.decode("good-1");
        tokens.decode("good-1");

        clock.now = NOW.plusSeconds(300);
        tokens.decode("good-1");

        assertThat(verifications).as("verified once while valid, then again at its expiry").containsExactly("good-1", "good-1");
    }

    @Test
    void aRefusedTokenIsRefusedEveryTimeAndATokenWithoutExpiryIsNeverRemembered() {
        VerifiedTokens tokens = new VerifiedTokens(decoder, Clock.fixed(NOW, ZoneOffset.UTC));

        assertThatThrownBy(() -> tokens.decode("bad-1")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("bad-1")).isInstanceOf(BadJwtException.class);
        tokens.decode("endless-1");
        tokens.decode("endless-1");

        assertThat(verifications).containsExactly("bad-1", "bad-1", "endless-1", "endless-1");
    }

    static final class MovableClock extends Clock {

        Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
