package org.ponte.cases;

import org.ponte.platform.security.ApiAuthorizationRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.ponte.platform.security.ApiAuthorizationRules.roles;
import static org.ponte.platform.security.Role.ADMIN;
import static org.ponte.platform.security.Role.MANAGER;
import static org.ponte.platform.security.Role.PARTNER;
import static org.ponte.platform.security.Role.SERVICE;
import static org.ponte.platform.security.Role.TECHNICIAN;
import static org.springframework.http.HttpMethod.GET;

/**
 * Which roles may call each operation of case-service, checked before anything of the request is read: technicians
 * do the case work; managers may see that cases exist (no names); a partner reads only the shared contact of a
 * person it was referred; administrators may do everything. Which office or partner is checked in the use cases.
 */
@Configuration(proxyBeanMethods = false)
class ApiRoles {

    @Bean
    ApiAuthorizationRules caseServiceRoles() {
        return rules -> rules
                .requestMatchers(GET, "/api/v1/cases", "/api/v1/cases/*").hasAnyRole(roles(TECHNICIAN, MANAGER, ADMIN))
                .requestMatchers("/api/v1/cases/**").hasAnyRole(roles(TECHNICIAN, ADMIN))
                .requestMatchers("/api/v1/mentoring-sessions/**").hasAnyRole(roles(TECHNICIAN, ADMIN))
                .requestMatchers("/api/v1/appointments/**", "/api/v1/deadlines").hasAnyRole(roles(TECHNICIAN, ADMIN))
                .requestMatchers(GET, "/internal/v1/beneficiaries/*/reminder-contact").hasRole(SERVICE.name())
                .requestMatchers(GET, "/api/v1/beneficiaries/*").hasAnyRole(roles(TECHNICIAN, PARTNER, ADMIN))
                .requestMatchers("/api/v1/beneficiaries/**").hasAnyRole(roles(TECHNICIAN, ADMIN));
    }
}
