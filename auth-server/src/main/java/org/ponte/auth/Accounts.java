package org.ponte.auth;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The people and clients of {@link AuthProperties}, checked and turned into what Spring Authorization
 * Server works with, and the grant behind each token subject.
 */
final class Accounts {

    static final String API_SCOPE = "api";

    private final AuthProperties properties;
    private final PasswordEncoder passwords;
    private final Map<String, AccessGrant> grants = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();

    Accounts(AuthProperties properties, PasswordEncoder passwords) {
        this.properties = properties;
        this.passwords = passwords;
        properties.people().forEach(person -> register(person.username(), person.grant(), person.name()));
        properties.apiClients().forEach(client -> register(client.clientId(), client.grant(), null));
    }

    private void register(String subject, AccessGrant grant, String name) {
        grant.check(subject);
        if (grants.putIfAbsent(subject, grant) != null) {
            throw new IllegalStateException(subject + " is configured twice");
        }
        if (name != null) {
            names.put(subject, name);
        }
    }

    /** The grant of a person (by user name) or an API client (by client id). */
    Optional<AccessGrant> grantOf(String subject) {
        return Optional.ofNullable(grants.get(subject));
    }

    Optional<String> nameOf(String subject) {
        return Optional.ofNullable(names.get(subject));
    }

    List<UserDetails> people() {
        return properties.people().stream()
                .map(person -> User.withUsername(person.username())
                        .password(encoded(person.password()))
                        .roles(person.roles().toArray(String[]::new))
                        .build())
                .toList();
    }

    List<RegisteredClient> clients() {
        TokenSettings tokens = TokenSettings.builder().accessTokenTimeToLive(properties.accessTokenTtl()).build();
        var apiClients = properties.apiClients().stream()
                .map(client -> RegisteredClient.withId(client.clientId())
                        .clientId(client.clientId())
                        .clientSecret(encoded(client.secret()))
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                        .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                        .scope(API_SCOPE)
                        .tokenSettings(tokens)
                        .build());
        var webClients = properties.webClients().stream()
                .map(client -> RegisteredClient.withId(client.clientId())
                        .clientId(client.clientId())
                        .clientSecret(encoded(client.secret()))
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                        .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                        .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                        .redirectUris(uris -> uris.addAll(client.redirectUris()))
                        .postLogoutRedirectUris(uris -> uris.addAll(client.postLogoutRedirectUris()))
                        .scope(OidcScopes.OPENID)
                        .scope(OidcScopes.PROFILE)
                        .scope(API_SCOPE)
                        // First-party application: PKCE always, no consent screen.
                        .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                        .tokenSettings(tokens)
                        .build());
        return Stream.concat(apiClients, webClients).toList();
    }

    /** A plain secret is hashed; one already in Spring's {@code {id}encoded} form is kept. */
    private String encoded(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalStateException("an account or client has no secret");
        }
        return secret.startsWith("{") ? secret : passwords.encode(secret);
    }
}
