package org.ponte.referrals.partner;

import org.ponte.platform.security.ApiAuthorizationRules;
import org.ponte.platform.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Only administrators change the directory; everyone signed in reads it. */
@Configuration(proxyBeanMethods = false)
class DirectoryAuthorization {

    @Bean
    ApiAuthorizationRules directoryChanges() {
        return rules -> rules
                .requestMatchers(HttpMethod.POST, "/api/v1/partners", "/api/v1/partners/**").hasRole(Role.ADMIN.name())
                .requestMatchers(HttpMethod.PUT, "/api/v1/partners/**").hasRole(Role.ADMIN.name());
    }
}
