package org.ponte.referrals;

import org.ponte.platform.security.ApiAuthorizationRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.ponte.platform.security.ApiAuthorizationRules.roles;
import static org.ponte.platform.security.Role.ADMIN;
import static org.ponte.platform.security.Role.MANAGER;
import static org.ponte.platform.security.Role.PARTNER;
import static org.ponte.platform.security.Role.TECHNICIAN;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

/**
 * Which roles may call each operation of referral-service, checked before anything of the request is read:
 * technicians refer and cancel, partners answer (technicians too, for a referral made off the platform), managers
 * follow their office's referrals, administrators keep the directory of partners and offices. Everyone signed in reads it.
 * Which office or partner a referral belongs to is checked in the use cases.
 */
@Configuration(proxyBeanMethods = false)
class ApiRoles {

    @Bean
    ApiAuthorizationRules referralServiceRoles() {
        return rules -> rules
                .requestMatchers(POST, "/api/v1/partners", "/api/v1/partners/**").hasRole(ADMIN.name())
                .requestMatchers(PUT, "/api/v1/partners/**").hasRole(ADMIN.name())
                .requestMatchers(POST, "/api/v1/offices", "/api/v1/offices/**").hasRole(ADMIN.name())
                .requestMatchers(PUT, "/api/v1/offices/**").hasRole(ADMIN.name())
                .requestMatchers(GET, "/api/v1/referrals", "/api/v1/referrals/*").hasAnyRole(roles(TECHNICIAN, MANAGER, PARTNER, ADMIN))
                .requestMatchers(POST, "/api/v1/referrals/*/accept", "/api/v1/referrals/*/decline", "/api/v1/referrals/*/complete")
                .hasAnyRole(roles(PARTNER, TECHNICIAN, ADMIN))
                .requestMatchers("/api/v1/referrals/**").hasAnyRole(roles(TECHNICIAN, ADMIN));
    }
}
