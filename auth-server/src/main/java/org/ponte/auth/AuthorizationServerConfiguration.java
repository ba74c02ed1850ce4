package org.ponte.auth;

import org.ponte.auth.authorization.MongoAuthorizationService;
import org.ponte.auth.limits.AttemptLimitProperties;
import org.ponte.auth.limits.AttemptLimits;
import org.ponte.auth.signing.SigningKeyProperties;
import org.ponte.auth.signing.SigningKeys;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.security.crypto.encrypt.BytesEncryptor;
import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Spring Authorization Server with Ponte's accounts: OAuth 2.1 endpoints and OpenID Connect 1.0 (discovery,
 * JWK set, userinfo), a sign-in page for people, and RS256 JWT access tokens with Ponte's claims.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfiguration {

    /** The protocol endpoints; a browser that is not signed in is sent to the sign-in page. */
    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerEndpoints(HttpSecurity http, AuthProperties properties) throws Exception {
        http.oauth2AuthorizationServer(server -> {
                    http.securityMatcher(server.getEndpointsMatcher());
                    server.oidc(Customizer.withDefaults());
                })
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(properties))));
        return http.build();
    }

    /** The server's own small API (the offices' staff), for bearer tokens it issued; no session, no sign-in page. */
    @Bean
    @Order(2)
    SecurityFilterChain staffApi(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()));
        return http.build();
    }

    /** Everything else: the sign-in form, and health for the local stack's launcher and for orchestrators. */
    @Bean
    @Order(3)
    SecurityFilterChain signIn(HttpSecurity http, AuthProperties properties) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .anyRequest().authenticated())
                .formLogin(Customizer.withDefaults())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(properties))));
        return http.build();
    }

    /** The rate limits, ahead of Spring Security's filters (which read the same requests after them). */
    @Bean
    FilterRegistrationBean<AttemptLimits> attemptLimits(AttemptLimitProperties limits) {
        FilterRegistrationBean<AttemptLimits> registration = new FilterRegistrationBean<>(new AttemptLimits(limits));
        registration.addUrlPatterns("/oauth2/token", "/login");
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }

    /**
     * The sign-in pages load only this server's own scripts and styles; the sign-in form may lead (by redirects the
     * browser checks against {@code form-action}) only to this server and to the web clients' registered addresses.
     */
    static String contentSecurityPolicy(AuthProperties properties) {
        String clients = properties.webClients().stream()
                .flatMap(client -> Stream.concat(client.redirectUris().stream(), client.postLogoutRedirectUris().stream()))
                .map(URI::create).map(uri -> uri.getScheme() + "://" + uri.getAuthority()).distinct().sorted()
                .collect(Collectors.joining(" "));
        return ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
                + "frame-ancestors 'none'; form-action 'self' " + clients).strip();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    Accounts accounts(AuthProperties properties, PasswordEncoder passwords, MongoOperations store) {
        return new Accounts(properties, passwords, store, Clock.systemUTC());
    }

    @Bean
    UserDetailsService people(Accounts accounts) {
        return accounts.people();
    }

    @Bean
    RegisteredClientRepository clients(Accounts accounts) {
        return accounts.clients();
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> ponteTokenClaims(Accounts accounts, SigningKeys signingKeys) {
        return new PonteTokenClaims(accounts, signingKeys::signingKeyId);
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(AuthProperties properties) {
        AuthorizationServerSettings.Builder settings = AuthorizationServerSettings.builder();
        if (properties.issuer() != null && !properties.issuer().isBlank()) {
            settings.issuer(properties.issuer());
        }
        return settings.build();
    }

    /**
     * What the server keeps secret in its database (signing keys, authorizations) is encrypted under its key
     * password: AES-256-GCM, the key derived from the password (Spring Security Crypto).
     */
    @Bean
    BytesEncryptor storedSecrets(SigningKeyProperties signingKeys) {
        if (signingKeys.password() == null || signingKeys.password().isBlank()) {
            throw new IllegalStateException("ponte.auth.signing-keys.password (PONTE_AUTH_SIGNINGKEYS_PASSWORD) is required: "
                    + "the secret the server's signing keys and authorizations are encrypted with in its database");
        }
        return Encryptors.stronger(signingKeys.password(), HexFormat.of().formatHex("ponte-auth-server".getBytes(StandardCharsets.UTF_8)));
    }

    /** The signing keys, kept in the database: a restart or a second instance signs and publishes the same ones. */
    @Bean
    SigningKeys signingKeys(MongoOperations store, BytesEncryptor storedSecrets, SigningKeyProperties signingKeys, AuthProperties properties) {
        // A retired key stays published until the last token it signed has expired, clock skew included: an access
        // token, or an ID token (Spring Authorization Server gives those 30 minutes).
        Duration tokensLiveFor = max(properties.accessTokenTtl(), Duration.ofMinutes(30)).plusMinutes(1);
        return new SigningKeys(store, storedSecrets, signingKeys, tokensLiveFor, Clock.systemUTC());
    }

    /** Codes, access, refresh and ID tokens, in the database: one instance redeems what another issued. */
    @Bean
    OAuth2AuthorizationService authorizations(MongoOperations store, BytesEncryptor storedSecrets) {
        return new MongoAuthorizationService(store, storedSecrets);
    }

    /**
     * The database's health by {@code ping}, which every MongoDB-wire store answers (Boot's own indicator, which backs
     * off for this bean name, asks {@code hello}, unknown to the local stack's store).
     */
    @Bean
    HealthIndicator mongoHealthIndicator(MongoOperations store) {
        return () -> {
            store.executeCommand("{ ping: 1 }");
            return Health.up().build();
        };
    }

    private static Duration max(Duration one, Duration other) {
        return one.compareTo(other) >= 0 ? one : other;
    }

    @Bean
    JwtDecoder jwtDecoder(SigningKeys signingKeys) {
        return OAuth2AuthorizationServerConfiguration.jwtDecoder(signingKeys);
    }
}
