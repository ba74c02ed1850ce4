package org.ponte.notifications.endpoint;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.ponte.platform.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/** {@code /api/v1/webhook-endpoints}: a partner's endpoints; the signing secret appears only when made. */
@RestController
@RequestMapping("/api/v1/webhook-endpoints")
class WebhookEndpointController {

    private final WebhookEndpointService endpoints;

    WebhookEndpointController(WebhookEndpointService endpoints) {
        this.endpoints = endpoints;
    }

    record Register(@NotBlank @Size(max = 2000) String url, @Size(max = 200) String description, String partnerId) {
    }

    record EndpointView(String id, String partnerId, String url, String description, boolean enabled, Instant createdAt,
                        Instant secretRotatedAt) {

        static EndpointView of(WebhookEndpoint e) {
            return new EndpointView(e.id, e.partnerId, e.url, e.description, e.enabled, e.createdAt, e.secretRotatedAt);
        }
    }

    /** The view with the secret: only in the answer to a registration or a rotation. */
    record EndpointWithSecret(String id, String partnerId, String url, String description, boolean enabled, String secret) {

        static EndpointWithSecret of(WebhookEndpointService.Registration r) {
            WebhookEndpoint e = r.endpoint();
            return new EndpointWithSecret(e.id, e.partnerId, e.url, e.description, e.enabled, r.secret());
        }
    }

    @PostMapping
    ResponseEntity<EndpointWithSecret> register(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody Register request) {
        WebhookEndpointService.Registration registration = endpoints.register(user, request.partnerId(), request.url(), request.description());
        return ResponseEntity.created(URI.create("/api/v1/webhook-endpoints/" + registration.endpoint().id()))
                .body(EndpointWithSecret.of(registration));
    }

    @GetMapping
    List<EndpointView> list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String partnerId) {
        return endpoints.list(user, partnerId).stream().map(EndpointView::of).toList();
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        endpoints.delete(user, id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/disable")
    EndpointView disable(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        return EndpointView.of(endpoints.setEnabled(user, id, false));
    }

    @PostMapping("/{id}/enable")
    EndpointView enable(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        return EndpointView.of(endpoints.setEnabled(user, id, true));
    }

    @PostMapping("/{id}/rotate-secret")
    EndpointWithSecret rotate(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        return EndpointWithSecret.of(endpoints.rotate(user, id));
    }
}
