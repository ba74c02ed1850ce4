package org.ponte.notifications;

import org.ponte.platform.security.ApiAuthorizationRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.ponte.platform.security.ApiAuthorizationRules.roles;
import static org.ponte.platform.security.Role.ADMIN;
import static org.ponte.platform.security.Role.PARTNER;

/**
 * Which roles may call each operation of notification-service, checked before anything of the request is read:
 * deliveries are the operators' view; webhook endpoints belong to partners; every signed-in user has an inbox.
 */
@Configuration(proxyBeanMethods = false)
class ApiRoles {

    @Bean
    ApiAuthorizationRules notificationServiceRoles() {
        return rules -> rules
                .requestMatchers("/api/v1/deliveries", "/api/v1/deliveries/**").hasRole(ADMIN.name())
                .requestMatchers("/api/v1/webhook-endpoints", "/api/v1/webhook-endpoints/**").hasAnyRole(roles(PARTNER, ADMIN));
    }
}
