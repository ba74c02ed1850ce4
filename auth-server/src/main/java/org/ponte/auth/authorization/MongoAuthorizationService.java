package org.ponte.auth.authorization;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.crypto.encrypt.BytesEncryptor;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationCode;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The authorization server's authorizations (codes, access, refresh and ID tokens) in its database instead of one
 * instance's memory: a code issued by one instance is redeemed at another, and a refresh token outlives a restart.
 * An authorization is stored whole, serialized as Spring Security serializes it and encrypted; only the classes an
 * authorization is made of are read back (an {@link ObjectInputFilter}), so a forged record cannot run code.
 */
public final class MongoAuthorizationService implements OAuth2AuthorizationService {

    private static final ObjectInputFilter WHAT_AN_AUTHORIZATION_HOLDS = ObjectInputFilter.Config.createFilter(
            "maxdepth=30;java.lang.*;java.util.*;java.time.*;java.net.URL;java.net.URI;org.springframework.security.**;"
                    + "org.springframework.util.*;!*");

    private final MongoOperations store;
    private final BytesEncryptor sealing;

    public MongoAuthorizationService(MongoOperations store, BytesEncryptor sealing) {
        this.store = store;
        this.sealing = sealing;
    }

    @Override
    public void save(OAuth2Authorization authorization) {
        store.save(new StoredAuthorization(authorization.getId(), hash((String) authorization.getAttribute(OAuth2ParameterNames.STATE)),
                tokenHash(authorization.getToken(OAuth2AuthorizationCode.class)), tokenHash(authorization.getToken(OAuth2AccessToken.class)),
                tokenHash(authorization.getToken(OAuth2RefreshToken.class)), tokenHash(authorization.getToken(OidcIdToken.class)),
                expiresAt(authorization), sealing.encrypt(serialized(authorization))));
    }

    @Override
    public void remove(OAuth2Authorization authorization) {
        store.remove(Query.query(Criteria.where("_id").is(authorization.getId())), StoredAuthorization.class);
    }

    @Override
    public OAuth2Authorization findById(String id) {
        return opened(store.findById(id, StoredAuthorization.class));
    }

    @Override
    public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        String hash = hash(token);
        Criteria criteria;
        if (tokenType == null) {
            criteria = new Criteria().orOperator(Stream.of("stateHash", "codeHash", "accessTokenHash", "refreshTokenHash", "idTokenHash")
                    .map(field -> Criteria.where(field).is(hash)).toArray(Criteria[]::new));
        } else {
            String field = switch (tokenType.getValue()) {
                case OAuth2ParameterNames.STATE -> "stateHash";
                case OAuth2ParameterNames.CODE -> "codeHash";
                case OAuth2ParameterNames.ACCESS_TOKEN -> "accessTokenHash";
                case OAuth2ParameterNames.REFRESH_TOKEN -> "refreshTokenHash";
                case OidcParameterNames.ID_TOKEN -> "idTokenHash";
                default -> null;
            };
            if (field == null) {
                return null;
            }
            criteria = Criteria.where(field).is(hash);
        }
        return opened(store.findOne(Query.query(criteria), StoredAuthorization.class));
    }

    private OAuth2Authorization opened(StoredAuthorization stored) {
        if (stored == null) {
            return null;
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(sealing.decrypt(stored.sealed())))) {
            in.setObjectInputFilter(WHAT_AN_AUTHORIZATION_HOLDS);
            return (OAuth2Authorization) in.readObject();
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            throw new IllegalStateException("authorization " + stored.id() + " cannot be read", e);
        }
    }

    private static byte[] serialized(OAuth2Authorization authorization) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(authorization);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** When nothing in the authorization is valid any more: the latest expiry of its tokens (an unfinished sign-in: in an hour). */
    private static Instant expiresAt(OAuth2Authorization authorization) {
        return Stream.of(OAuth2AuthorizationCode.class, OAuth2AccessToken.class, OAuth2RefreshToken.class, OidcIdToken.class)
                .map(authorization::getToken).filter(Objects::nonNull).map(OAuth2Authorization.Token::getToken)
                .map(OAuth2Token::getExpiresAt).filter(Objects::nonNull).max(Instant::compareTo)
                .orElseGet(() -> Instant.now().plusSeconds(3600));
    }

    private static String tokenHash(OAuth2Authorization.Token<? extends OAuth2Token> token) {
        return token == null ? null : hash(token.getToken().getTokenValue());
    }

    private static String hash(String value) {
        if (value == null) {
            return null;
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
