package org.ponte.notifications.person;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;

/**
 * A person's address and language, asked of case-service at the moment a reminder is sent and kept nowhere: not in
 * the delivery, not in a log line. Guarded by a circuit breaker, so that while case-service is away the reminders
 * wait (and are tried again) without a call each.
 */
@Component
public class PersonContacts {

    private final RestClient http;
    private final ServiceToken token;
    private final ReminderProperties properties;
    private final JsonMapper json;
    private final CircuitBreaker caseService;
    /** A blip (a restart, a dropped connection) is tried again at once, before the reminder is put off. */
    private final Retry blip = Retry.of("case-service-reminder-contact", RetryConfig.custom().maxAttempts(2)
            .waitDuration(Duration.ofMillis(200)).retryExceptions(ContactUnavailable.class).build());

    PersonContacts(ServiceToken token, ReminderProperties properties, JsonMapper json, MeterRegistry meters) {
        this.http = RestClient.builder().requestFactory(ServiceToken.timingOut(properties.timeout())).build();
        this.token = token;
        this.properties = properties;
        this.json = json;
        CircuitBreakerRegistry registry = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .failureRateThreshold(50).minimumNumberOfCalls(4).slidingWindowSize(10)
                .waitDurationInOpenState(Duration.ofSeconds(30)).permittedNumberOfCallsInHalfOpenState(1)
                .recordException(failure -> failure instanceof ContactUnavailable).build());
        TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(registry).bindTo(meters);
        this.caseService = registry.circuitBreaker("case-service-reminder-contact");
    }

    /** Where a reminder goes: an address and a language, or no one (the person withdrew their consent, has no address or was erased). */
    public record Contact(String email, String preferredLanguage) {
    }

    /** The person's contact now; {@link NoOneToRemind} when there is none, {@link ContactUnavailable} while case-service cannot say. */
    public Contact of(String beneficiaryId) {
        try {
            return Retry.decorateSupplier(blip, CircuitBreaker.decorateSupplier(caseService, () -> ask(beneficiaryId))).get();
        } catch (CallNotPermittedException open) {
            throw new ContactUnavailable("case-service's circuit is open");
        }
    }

    private Contact ask(String beneficiaryId) {
        try {
            String body = http.get().uri(properties.caseServiceUrl() + "/internal/v1/beneficiaries/{id}/reminder-contact", beneficiaryId)
                    .headers(headers -> headers.setBearerAuth(token.current())).accept(MediaType.APPLICATION_JSON)
                    .retrieve()
                    .onStatus(HttpStatusCode::is4xxClientError, (request, response) -> {
                        if (response.getStatusCode().value() == 401) {
                            token.forget();
                            throw new ContactUnavailable("case-service refused this service's token");
                        }
                        throw new NoOneToRemind(response.getStatusCode().value());
                    })
                    .onStatus(HttpStatusCode::is5xxServerError, (request, response) -> {
                        throw new ContactUnavailable("case-service answered " + response.getStatusCode().value());
                    })
                    .body(String.class);
            JsonNode contact = json.readTree(body);
            return new Contact(contact.get("email").asString(), contact.path("preferredLanguage").asString(null));
        } catch (RestClientException unreachable) {
            throw new ContactUnavailable("case-service or the authorization server cannot be reached");
        }
    }

    /** case-service cannot say now (away, failing, or no token): the reminder waits and is tried again. */
    public static final class ContactUnavailable extends RuntimeException {

        ContactUnavailable(String why) {
            super(why, null, false, false);
        }
    }

    /** case-service says there is no one to remind (no consent, no address, no such person): the reminder is not sent. */
    public static final class NoOneToRemind extends RuntimeException {

        NoOneToRemind(int status) {
            super("case-service answered " + status + " for the person's reminder contact", null, false, false);
        }
    }
}
