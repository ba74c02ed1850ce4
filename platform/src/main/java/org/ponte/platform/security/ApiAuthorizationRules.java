package org.ponte.platform.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A service's own URL rules, added to the shared security chain before its last rule (every other request
 * needs an authenticated user). Object-level checks belong in the service, through {@link CurrentUser}.
 * <pre>{@code
 * @Bean ApiAuthorizationRules caseRules() {
 *     return rules -> rules.requestMatchers(HttpMethod.POST, "/api/v1/cases/**").hasRole("TECHNICIAN");
 * }
 * }</pre>
 */
@FunctionalInterface
public interface ApiAuthorizationRules {

    void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules);
}
