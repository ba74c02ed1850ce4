package org.ponte.servicefixture;

import org.ponte.platform.security.ApiAuthorizationRules;
import org.ponte.platform.security.CurrentUser;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/** A service built on the platform's resource-server setup, to check it against the real authorization server. */
@SpringBootApplication
public class FixtureService {

    @Bean
    ApiAuthorizationRules technicianRules() {
        return rules -> rules.requestMatchers("/api/v1/cases/**").hasRole("TECHNICIAN");
    }

    @RestController
    static class Api {

        @GetMapping("/api/v1/me")
        CurrentUser me(@AuthenticationPrincipal CurrentUser user) {
            return user;
        }

        @GetMapping("/api/v1/cases")
        Map<String, String> cases(@AuthenticationPrincipal CurrentUser user) {
            return Map.of("officeId", user.officeId());
        }
    }
}
