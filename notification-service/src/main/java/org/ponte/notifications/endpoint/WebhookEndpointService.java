package org.ponte.notifications.endpoint;

import org.ponte.platform.domain.NotAllowed;
import org.ponte.platform.domain.NotFound;
import org.ponte.platform.domain.RuleViolated;
import org.ponte.notifications.NotificationProperties;
import org.ponte.platform.security.CurrentUser;
import org.ponte.platform.security.Role;
import org.springframework.stereotype.Service;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Partners' webhook endpoints: registered by the partner (or an administrator), secrets generated here and shown once. */
@Service
public class WebhookEndpointService {

    private final WebhookEndpoints store;
    private final SecretBox secrets;
    private final NotificationProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    WebhookEndpointService(WebhookEndpoints store, SecretBox secrets, NotificationProperties properties, Clock clock) {
        this.store = store;
        this.secrets = secrets;
        this.properties = properties;
        this.clock = clock;
    }

    /** A registered endpoint and its signing secret, which is never shown again. */
    record Registration(WebhookEndpoint endpoint, String secret) {
    }

    Registration register(CurrentUser user, String requestedPartnerId, String url, String description) {
        String partnerId = partnerFor(user, requestedPartnerId);
        WebhookEndpoint endpoint = new WebhookEndpoint();
        endpoint.id = UUID.randomUUID().toString();
        endpoint.partnerId = partnerId;
        endpoint.url = validUrl(url);
        endpoint.description = description;
        endpoint.enabled = true;
        endpoint.createdBy = user.id();
        endpoint.createdAt = Instant.now(clock);
        String secret = newSecret();
        endpoint.sealedSecret = secrets.seal(endpoint.id, secret);
        return new Registration(store.save(endpoint), secret);
    }

    List<WebhookEndpoint> list(CurrentUser user, String partnerId) {
        if (user.isAdmin()) {
            return partnerId == null ? store.findAll() : store.findByPartnerId(partnerId);
        }
        return store.findByPartnerId(partnerFor(user, partnerId));
    }

    void delete(CurrentUser user, String id) {
        store.delete(owned(user, id));
        secrets.forget(id);
    }

    WebhookEndpoint setEnabled(CurrentUser user, String id, boolean enabled) {
        WebhookEndpoint endpoint = owned(user, id);
        endpoint.enabled = enabled;
        return store.save(endpoint);
    }

    Registration rotate(CurrentUser user, String id) {
        WebhookEndpoint endpoint = owned(user, id);
        String secret = newSecret();
        endpoint.sealedSecret = secrets.seal(endpoint.id, secret);
        endpoint.secretRotatedAt = Instant.now(clock);
        return new Registration(store.save(endpoint), secret);
    }

    /** The enabled endpoints a partner's notifications go to. */
    public List<WebhookEndpoint> enabledFor(String partnerId) {
        return store.findByPartnerIdAndEnabledTrue(partnerId);
    }

    public Optional<WebhookEndpoint> find(String id) {
        return store.findById(id);
    }

    /** The secret to sign with, opened only at the moment of sending; one sealed by the earlier box is sealed anew. */
    public String secretOf(WebhookEndpoint endpoint) {
        String secret = secrets.open(endpoint.id, endpoint.sealedSecret);
        if (secrets.isLegacy(endpoint.sealedSecret)) {
            endpoint.sealedSecret = secrets.seal(endpoint.id, secret);
            store.save(endpoint);
        }
        return secret;
    }

    private WebhookEndpoint owned(CurrentUser user, String id) {
        WebhookEndpoint endpoint = store.findById(id).orElseThrow(() -> new NotFound("Webhook endpoint " + id));
        if (!user.represents(endpoint.partnerId)) {
            throw new NotFound("Webhook endpoint " + id);
        }
        return endpoint;
    }

    private static String partnerFor(CurrentUser user, String requestedPartnerId) {
        if (user.isAdmin()) {
            if (requestedPartnerId == null || requestedPartnerId.isBlank()) {
                throw new RuleViolated("partner-required", "partnerId", "An administrator names the partner.");
            }
            return requestedPartnerId;
        }
        if (!user.has(Role.PARTNER)) {
            throw new NotAllowed("webhook endpoints belong to partners");
        }
        if (requestedPartnerId != null && !requestedPartnerId.equals(user.partnerId())) {
            throw new NotAllowed("a partner manages its own endpoints only");
        }
        return user.partnerId();
    }

    /** http or https to a public address; loopback and private networks only where the setting allows them. */
    private String validUrl(String url) {
        URI uri;
        try {
            uri = URI.create(url.trim());
        } catch (IllegalArgumentException e) {
            throw new RuleViolated("invalid-url", "url", "Not a URL: " + url);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
            throw new RuleViolated("invalid-url", "url", "The endpoint must be an http or https URL with a host.");
        }
        if (!properties.allowPrivateAddresses()) {
            try {
                if (pointsInside(uri)) {
                    throw new RuleViolated("endpoint-not-allowed", "url",
                            "The endpoint points at a private or loopback address, which this installation does not allow.");
                }
            } catch (UnknownHostException e) {
                throw new RuleViolated("invalid-url", "url", "The host " + uri.getHost() + " cannot be resolved.");
            }
        }
        return uri.toString();
    }

    /**
     * Whether the URL's host resolves to a loopback, private or link-local address. Checked at registration
     * and again before every send, since a host name can be made to point elsewhere later.
     */
    public static boolean pointsInside(URI uri) throws UnknownHostException {
        for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
            if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                    || address.isAnyLocalAddress() || (address.getAddress().length == 16 && (address.getAddress()[0] & 0xfe) == 0xfc)) {
                return true;
            }
        }
        return false;
    }

    private String newSecret() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return WebhookSignature.PREFIX + Base64.getEncoder().encodeToString(bytes);
    }
}
