package org.ponte.programme;

import org.ponte.platform.security.ApiAuthorizationRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.ponte.platform.security.ApiAuthorizationRules.roles;
import static org.ponte.platform.security.Role.ADMIN;
import static org.ponte.platform.security.Role.MANAGER;
import static org.ponte.platform.security.Role.PARTNER;
import static org.ponte.platform.security.Role.TECHNICIAN;
import static org.springframework.http.HttpMethod.GET;

/**
 * Which roles may call each operation of programme-service, checked before anything of the request is read:
 * technicians run their office's programme, managers read it, administrators do both anywhere. Everyone signed
 * in, partners too, reads the published library. Which office an activity or resource belongs to is checked in
 * the use cases.
 */
@Configuration(proxyBeanMethods = false)
class ApiRoles {

    @Bean
    ApiAuthorizationRules programmeServiceRoles() {
        return rules -> rules
                .requestMatchers(GET, "/api/v1/activities", "/api/v1/activities/*").hasAnyRole(roles(TECHNICIAN, MANAGER, ADMIN))
                .requestMatchers("/api/v1/activities", "/api/v1/activities/**").hasAnyRole(roles(TECHNICIAN, ADMIN))
                .requestMatchers(GET, "/api/v1/resources", "/api/v1/resources/*", "/api/v1/resources/*/files/*")
                .hasAnyRole(roles(TECHNICIAN, MANAGER, PARTNER, ADMIN))
                .requestMatchers("/api/v1/resources", "/api/v1/resources/**").hasAnyRole(roles(TECHNICIAN, ADMIN));
    }
}
