package org.ponte.auth;

import org.ponte.auth.StoredAccount.Kind;
import org.ponte.auth.StoredAccount.Source;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The people and API clients, kept in the server's database ({@link StoredAccount}) so that every instance and every
 * restart knows the same ones, and the grant behind each token subject. Those named in {@link AuthProperties} are
 * written from it at each start (the configuration stays their source: a secret rotated there takes effect at the
 * next start); administrators add and change the others through {@code /api/v1/accounts}. The web clients (the front
 * end: redirect addresses, one per deployment) stay configuration.
 */
final class Accounts {

    static final String API_SCOPE = "api";

    private final AuthProperties properties;
    private final PasswordEncoder passwords;
    private final MongoOperations store;
    private final Clock clock;

    Accounts(AuthProperties properties, PasswordEncoder passwords, MongoOperations store, Clock clock) {
        this.properties = properties;
        this.passwords = passwords;
        this.store = store;
        this.clock = clock;
        Set<String> configured = new HashSet<>();
        properties.people().forEach(person -> configure(configured, new StoredAccount(person.username(), Kind.PERSON,
                encoded(person.password()), person.name(), person.roles(), person.officeId(), person.partnerId(), person.region(),
                true, Source.CONFIGURATION, clock.instant(), "configuration")));
        properties.apiClients().forEach(client -> configure(configured, new StoredAccount(client.clientId(), Kind.API_CLIENT,
                encoded(client.secret()), null, client.roles(), client.officeId(), client.partnerId(), client.region(),
                true, Source.CONFIGURATION, clock.instant(), "configuration")));
        // One taken out of the configuration no longer signs in.
        store.remove(Query.query(Criteria.where("source").is(Source.CONFIGURATION).and("_id").nin(configured)), StoredAccount.class);
    }

    private void configure(Set<String> configured, StoredAccount account) {
        account.grant().check(account.id());
        if (!configured.add(account.id())) {
            throw new IllegalStateException(account.id() + " is configured twice");
        }
        store.save(account);
    }

    /** The grant of a person (by user name) or an API client (by client id) that may still sign in. */
    Optional<AccessGrant> grantOf(String subject) {
        return find(subject).map(StoredAccount::grant);
    }

    Optional<String> nameOf(String subject) {
        return find(subject).map(StoredAccount::name);
    }

    Optional<StoredAccount> find(String id) {
        return Optional.ofNullable(store.findById(id, StoredAccount.class)).filter(StoredAccount::enabled);
    }

    /** Whether the id is taken, by an enabled account or not. */
    boolean exists(String id) {
        return store.exists(Query.query(Criteria.where("_id").is(id)), StoredAccount.class);
    }

    List<StoredAccount> all() {
        return store.find(new Query().with(Sort.by("id")), StoredAccount.class);
    }

    /** The people of an office who may sign in. */
    List<StoredAccount> peopleOf(String officeId) {
        return store.find(Query.query(Criteria.where("kind").is(Kind.PERSON).and("officeId").is(officeId).and("enabled").is(true)),
                StoredAccount.class);
    }

    /**
     * Creates or replaces an account kept through the API. The secret is hashed; without one, a replaced account keeps
     * its own. Fails with {@link ConfiguredAccountException} on an account the configuration manages, and with an
     * IllegalStateException on a grant no service would accept or on a new account without a secret.
     */
    StoredAccount keep(String id, Kind kind, String secret, String name, AccessGrant grant, boolean enabled, String changedBy) {
        grant.check(id);
        StoredAccount existing = store.findById(id, StoredAccount.class);
        if (existing != null && existing.source() == Source.CONFIGURATION) {
            throw new ConfiguredAccountException(id);
        }
        String hash = secret != null ? encoded(secret) : existing != null ? existing.secretHash() : null;
        if (hash == null) {
            throw new IllegalStateException(id + " is new and has no secret");
        }
        return store.save(new StoredAccount(id, kind, hash, name, grant.roles(), grant.officeId(), grant.partnerId(), grant.region(),
                enabled, Source.API, clock.instant(), changedBy));
    }

    /** An account the configuration manages: changed there, not through the API. */
    static final class ConfiguredAccountException extends RuntimeException {
        ConfiguredAccountException(String id) {
            super(id + " is managed by the server's configuration");
        }
    }

    /** People sign in by user name and password; a disabled or unknown one is not found. */
    UserDetailsService people() {
        return username -> find(username).filter(account -> account.kind() == Kind.PERSON)
                .map(person -> User.withUsername(person.id()).password(person.secretHash())
                        .roles(person.roles().toArray(String[]::new)).build())
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    /** The web clients of the configuration, then the API clients of the database. */
    RegisteredClientRepository clients() {
        Map<String, RegisteredClient> webClients = properties.webClients().stream().map(this::webClient)
                .collect(Collectors.toMap(RegisteredClient::getClientId, client -> client));
        return new RegisteredClientRepository() {
            @Override
            public void save(RegisteredClient registeredClient) {
                throw new UnsupportedOperationException("clients are kept through /api/v1/accounts");
            }

            @Override
            public RegisteredClient findById(String id) {
                return findByClientId(id);
            }

            @Override
            public RegisteredClient findByClientId(String clientId) {
                RegisteredClient webClient = webClients.get(clientId);
                return webClient != null ? webClient
                        : find(clientId).filter(account -> account.kind() == Kind.API_CLIENT).map(Accounts.this::apiClient).orElse(null);
            }
        };
    }

    private TokenSettings tokens() {
        return TokenSettings.builder().accessTokenTimeToLive(properties.accessTokenTtl()).build();
    }

    private RegisteredClient apiClient(StoredAccount client) {
        return RegisteredClient.withId(client.id())
                .clientId(client.id())
                .clientSecret(client.secretHash())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scope(API_SCOPE)
                .tokenSettings(tokens())
                .build();
    }

    private RegisteredClient webClient(AuthProperties.WebClient client) {
        return RegisteredClient.withId(client.clientId())
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
                .tokenSettings(tokens())
                .build();
    }

    /** A plain secret is hashed; one already in Spring's {@code {id}encoded} form is kept. */
    private String encoded(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalStateException("an account or client has no secret");
        }
        return secret.startsWith("{") ? secret : passwords.encode(secret);
    }
}
