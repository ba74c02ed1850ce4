package org.ponte.platform;

import org.ponte.platform.audit.AuditLog;
import org.ponte.platform.messaging.EventConsumers;
import org.ponte.platform.sample.HandledEvents;
import org.ponte.platform.security.ApiAuthorizationRules;
import org.ponte.platform.security.CurrentUser;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.messaging.Message;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;
import java.util.function.Consumer;

/** A small service built on the platform, the way case-service and the others are. */
@SpringBootApplication
public class PlatformTestApplication {

    @Bean
    HandledEvents handledEvents() {
        return new HandledEvents();
    }

    @Bean
    Consumer<Message<byte[]>> sampleEvents(EventConsumers consumers, HandledEvents handled) {
        return consumers.idempotent("sample-consumer", handled::handle);
    }

    @Bean
    ApiAuthorizationRules reportRules() {
        return rules -> rules.requestMatchers(HttpMethod.POST, "/api/v1/reports/**").hasRole("MANAGER");
    }

    @RestController
    static class SampleController {

        private final AuditLog auditLog;

        SampleController(AuditLog auditLog) {
            this.auditLog = auditLog;
        }

        @GetMapping("/api/v1/me")
        CurrentUser me(@AuthenticationPrincipal CurrentUser user) {
            return user;
        }

        @GetMapping("/api/v1/offices/{officeId}/people/{personId}")
        Map<String, String> person(@AuthenticationPrincipal CurrentUser user, @PathVariable String officeId,
                                   @PathVariable String personId) {
            user.requireTechnicianOf(officeId);
            auditLog.read(personId, "person.profile", "case work");
            return Map.of("id", personId, "officeId", officeId);
        }

        @PostMapping("/api/v1/reports/refresh")
        Map<String, String> refreshReports() {
            return Map.of("status", "refreshing");
        }

        @PostMapping("/api/v1/plans")
        @PreAuthorize("hasRole('ADMIN')")
        Map<String, String> createPlan() {
            return Map.of("status", "created");
        }

        @GetMapping("/api/v1/greeting")
        Map<String, String> greeting(@RequestHeader(value = "Accept-Language", required = false) String language) {
            return Map.of("language", String.valueOf(language));
        }

        /** Bean validation, then a domain rule on a field: the two kinds of field message a form shows. */
        @PostMapping("/api/v1/people")
        Map<String, String> register(@jakarta.validation.Valid @org.springframework.web.bind.annotation.RequestBody SamplePerson person) {
            if (person.nationality().equals("ZZ")) {
                throw new org.ponte.platform.domain.RuleViolated("invalid-parameter", "nationality", "must be a country that exists");
            }
            return Map.of("fullName", person.fullName());
        }

        record SamplePerson(@jakarta.validation.constraints.NotBlank String fullName,
                            @jakarta.validation.constraints.NotNull
                            @jakarta.validation.constraints.Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as BR")
                            String nationality) {
        }

        @GetMapping("/api/v1/broken")
        Map<String, String> broken() {
            throw new IllegalStateException("connection string mongodb://secret-host:1234 refused");
        }
    }
}
