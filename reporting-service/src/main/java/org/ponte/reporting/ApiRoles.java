package org.ponte.reporting;

import org.ponte.platform.security.ApiAuthorizationRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.ponte.platform.security.ApiAuthorizationRules.roles;
import static org.ponte.platform.security.Role.ADMIN;
import static org.ponte.platform.security.Role.COORDINATOR;
import static org.ponte.platform.security.Role.MANAGER;
import static org.springframework.http.HttpMethod.GET;

/**
 * Which roles may call each operation of reporting-service, checked before anything of the request is read:
 * reports and plans are for managers (of their offices), coordinators (who read them, for the network or their
 * region) and administrators; rebuilding the read models is an
 * administrator's task. The list of plans answers everyone, with the plans each may read.
 */
@Configuration(proxyBeanMethods = false)
class ApiRoles {

    @Bean
    ApiAuthorizationRules reportingServiceRoles() {
        return rules -> rules
                .requestMatchers("/api/v1/admin/**").hasRole(ADMIN.name())
                .requestMatchers(GET, "/api/v1/plans").authenticated()
                .requestMatchers(GET, "/api/v1/plans/**", "/api/v1/reports/**").hasAnyRole(roles(MANAGER, COORDINATOR, ADMIN))
                .requestMatchers("/api/v1/plans/**", "/api/v1/reports/**").hasAnyRole(roles(MANAGER, ADMIN));
    }
}
