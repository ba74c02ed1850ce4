package org.ponte.notifications.endpoint;

import org.junit.jupiter.api.Test;
import org.ponte.notifications.NotificationProperties;
import org.ponte.platform.security.CurrentUser;
import org.ponte.platform.security.Role;
import org.ponte.platform.domain.DomainException;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Outside the local stack, endpoints may not point into private networks (no requests to the office's own LAN). */
class EndpointUrlTest {

    private final NotificationProperties production = new NotificationProperties("http://localhost:8080", "ponte@localhost",
            "dGVzdC1vbmx5LWtleS1mb3ItcG9udGUtdGVzdHMtMDE=", false, 8, Duration.ofSeconds(2), Duration.ofMinutes(10),
            Duration.ofSeconds(5), 50, 4, Duration.ofSeconds(30), Duration.ofMillis(500), Duration.ofSeconds(30), 8, 2, Duration.ofMinutes(10), Map.of());
    private final WebhookEndpointService endpoints = new WebhookEndpointService(null, new SecretBox(null, production), production, Clock.systemUTC());
    private final CurrentUser partner = new CurrentUser("eva", Set.of(Role.PARTNER), null, "partner-1");

    @Test
    void loopbackAndPrivateAddressesAreRefused() {
        for (String url : new String[]{"http://127.0.0.1:8080/hook", "http://localhost/hook", "https://10.1.2.3/hook",
                "https://192.168.1.20/hook", "http://[::1]/hook"}) {
            assertThatThrownBy(() -> endpoints.register(partner, null, url, null)).as(url)
                    .isInstanceOfSatisfying(DomainException.class, problem -> assertThat(problem.reason())
                            .isEqualTo("endpoint-not-allowed"));
        }
    }

    @Test
    void onlyHttpAndHttpsAreAccepted() {
        assertThatThrownBy(() -> endpoints.register(partner, null, "file:///etc/passwd", null))
                .isInstanceOfSatisfying(DomainException.class, problem -> assertThat(problem.reason())
                        .isEqualTo("invalid-url"));
    }
}
