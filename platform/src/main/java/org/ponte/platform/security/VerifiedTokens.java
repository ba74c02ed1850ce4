package org.ponte.platform.security;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers the bearer tokens already verified, until they expire: a technician sends the same token with every
 * request, and an RSA signature check on each is a large share of a service's CPU under load. Only a token the real decoder accepted is remembered, under the token's exact
 * text, so the answer is the one the decoder would give again, up to the token's expiry; a token without expiry
 * is never remembered. The memory is bounded: past {@link #MAX_TOKENS} it starts over.
 */
public final class VerifiedTokens implements JwtDecoder {

    static final int MAX_TOKENS = 10_000;

    private final JwtDecoder decoder;
    private final Clock clock;
    private final Map<String, Jwt> verified = new ConcurrentHashMap<>();

    public VerifiedTokens(JwtDecoder decoder, Clock clock) {
        this.decoder = decoder;
        this.clock = clock;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt known = verified.get(token);
        if (known != null && clock.instant().isBefore(known.getExpiresAt())) {
            return known;
        }
        if (known != null) {
            verified.remove(token);
        }
        Jwt jwt = decoder.decode(token);
        if (jwt.getExpiresAt() != null) {
            if (verified.size() >= MAX_TOKENS) {
                verified.clear();
            }
            verified.put(token, jwt);
        }
        return jwt;
    }

    /** Wraps the application's {@link JwtDecoder}, whoever made it (Spring Boot from the issuer, or a test). */
    static BeanPostProcessor wrapping(Clock clock) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JwtDecoder decoder && !(bean instanceof VerifiedTokens) ? new VerifiedTokens(decoder, clock) : bean;
            }
        };
    }
}
