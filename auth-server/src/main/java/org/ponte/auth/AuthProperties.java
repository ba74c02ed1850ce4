package org.ponte.auth;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;

/**
 * The accounts and clients of the authorization server ({@code ponte.auth.*}). None exist by default: the
 * {@code demo} profile (local stack only) adds the demo ones; elsewhere they come from the environment,
 * e.g. {@code PONTE_AUTH_APICLIENTS_0_CLIENTID} and {@code PONTE_AUTH_APICLIENTS_0_SECRET}. Secrets and
 * passwords may be given plain (they are hashed at start-up) or already encoded ({@code {bcrypt}…}).
 *
 * @param issuer         the issuer URL put in tokens; empty: taken from the request (one host only)
 * @param accessTokenTtl how long an access token is valid
 * @param people         people who sign in through the front end (authorization code with PKCE)
 * @param apiClients     scripts and partner integrations (client credentials), each with its own grant
 * @param webClients     applications that sign people in (the front end)
 */
@ConfigurationProperties("ponte.auth")
record AuthProperties(
        String issuer,
        @DefaultValue("30m") Duration accessTokenTtl,
        @DefaultValue List<Person> people,
        @DefaultValue List<ApiClient> apiClients,
        @DefaultValue List<WebClient> webClients) {

    record Person(String username, String password, String name, List<String> roles, String officeId, String partnerId, String region) {

        AccessGrant grant() {
            return new AccessGrant(roles, officeId, partnerId, region);
        }
    }

    record ApiClient(String clientId, String secret, List<String> roles, String officeId, String partnerId, String region) {

        AccessGrant grant() {
            return new AccessGrant(roles, officeId, partnerId, region);
        }
    }

    record WebClient(String clientId, String secret, List<String> redirectUris, @DefaultValue List<String> postLogoutRedirectUris) {
    }
}
