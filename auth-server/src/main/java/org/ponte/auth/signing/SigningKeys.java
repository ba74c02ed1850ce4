package org.ponte.auth.signing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.crypto.encrypt.BytesEncryptor;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The authorization server's RS256 signing keys, kept in its database so that a restart or a second instance signs
 * and publishes the same keys and no token it issued is refused. A key signs for {@code rotation}; its successor is
 * made by whichever instance notices first (the generation number lets only one be stored) and published
 * {@code publishAhead} before it starts signing; a key that signs no more stays published until every token it signed
 * has expired ({@code tokensLiveFor}), then is deleted. The private keys are stored encrypted (AES-GCM, Spring Security
 * Crypto) under the server's key password.
 */
public final class SigningKeys implements JWKSource<SecurityContext> {

    /** The keys an instance uses until it reads them again. */
    private record Current(List<JWK> published, RSAKey signing, Instant readAt) {
    }

    private final MongoOperations store;
    private final BytesEncryptor sealing;
    private final SigningKeyProperties properties;
    private final Duration tokensLiveFor;
    private final Clock clock;
    private volatile Current current;

    public SigningKeys(MongoOperations store, BytesEncryptor sealing, SigningKeyProperties properties, Duration tokensLiveFor, Clock clock) {
        this.store = store;
        this.sealing = sealing;
        this.properties = properties;
        this.tokensLiveFor = tokensLiveFor;
        this.clock = clock;
    }

    /** The id of the key this instance signs with now (put in each token's header, so the encoder picks that key). */
    public String signingKeyId() {
        return current().signing().getKeyID();
    }

    @Override
    public List<JWK> get(JWKSelector selector, SecurityContext context) {
        return selector.select(new JWKSet(current().published()));
    }

    private Current current() {
        Current known = current;
        if (known == null || known.readAt().plus(properties.refresh()).isBefore(clock.instant())) {
            return reload();
        }
        return known;
    }

    /** Reads the keys again, makes the next one if the newest is due, and deletes those no token can still need. */
    public void refresh() {
        reload();
    }

    private synchronized Current reload() {
        Instant now = clock.instant();
        List<StoredSigningKey> keys = stored();
        StoredSigningKey newest = keys.isEmpty() ? null : keys.get(keys.size() - 1);
        if (newest == null || !newest.createdAt().plus(properties.rotation()).isAfter(now)) {
            make(newest == null ? 1 : newest.generation() + 1, now, newest == null ? now : now.plus(properties.publishAhead()));
            keys = stored();
        }
        StoredSigningKey signing = keys.get(0);
        for (StoredSigningKey key : keys) {
            if (!key.signsFrom().isAfter(now)) {
                signing = key;
            }
        }
        List<JWK> published = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            StoredSigningKey key = keys.get(i);
            boolean superseded = i + 1 < keys.size() && key.generation() < signing.generation();
            Instant lastTokenExpires = superseded ? keys.get(i + 1).signsFrom().plus(tokensLiveFor) : null;
            if (lastTokenExpires != null && lastTokenExpires.isBefore(now)) {
                store.remove(Query.query(Criteria.where("_id").is(key.generation())), StoredSigningKey.class);
            } else {
                published.add(opened(key));
            }
        }
        Current read = new Current(List.copyOf(published), opened(signing), now);
        current = read;
        return read;
    }

    private List<StoredSigningKey> stored() {
        return store.find(new Query().with(Sort.by("_id")), StoredSigningKey.class);
    }

    private void make(long generation, Instant now, Instant signsFrom) {
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
            store.insert(new StoredSigningKey(generation, key.getKeyID(), sealing.encrypt(key.toJSONString().getBytes(StandardCharsets.UTF_8)),
                    now, signsFrom));
        } catch (DuplicateKeyException anotherInstanceMadeIt) {
            // Read it with the others.
        } catch (JOSEException e) {
            throw new IllegalStateException("a signing key could not be made", e);
        }
    }

    private RSAKey opened(StoredSigningKey key) {
        try {
            return RSAKey.parse(new String(sealing.decrypt(key.sealedJwk()), StandardCharsets.UTF_8));
        } catch (ParseException | IllegalStateException e) {
            throw new IllegalStateException("signing key " + key.keyId() + " cannot be read: is ponte.auth.signing-keys.password the one it was stored with?", e);
        }
    }
}
