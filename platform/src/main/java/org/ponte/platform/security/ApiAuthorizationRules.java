package org.ponte.platform.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

import java.util.Arrays;

/**
 * A service's own URL rules, added to the shared security chain before its last rule (every other request
 * needs an authenticated user). Each service states which roles may call each operation this way, so that a
 * caller whose role may not use it is refused (403) before any of its parameters is read or checked.
 * Object-level checks (which office, which partner) belong in the service, through {@link CurrentUser}.
 * <pre>{@code
 * @Bean ApiAuthorizationRules caseRules() {
 *     return rules -> rules.requestMatchers(HttpMethod.POST, "/api/v1/cases/**").hasRole("TECHNICIAN");
 * }
 * }</pre>
 */
@FunctionalInterface
public interface ApiAuthorizationRules {

    void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules);

    /** The names {@code hasAnyRole} takes: {@code rules.requestMatchers(…).hasAnyRole(roles(TECHNICIAN, ADMIN))}. */
    static String[] roles(Role... roles) {
        return Arrays.stream(roles).map(Role::name).toArray(String[]::new);
    }
}
