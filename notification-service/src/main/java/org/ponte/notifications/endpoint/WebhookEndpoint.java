package org.ponte.notifications.endpoint;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/** A partner's webhook endpoint: where referrals are sent, and the secret (encrypted) they are signed with. */
@Document("webhook_endpoints")
public class WebhookEndpoint {

    @Id
    String id;
    @Version
    Long version;
    String partnerId;
    String url;
    String description;
    String sealedSecret;
    boolean enabled;
    String createdBy;
    Instant createdAt;
    Instant secretRotatedAt;

    public String id() {
        return id;
    }

    public String partnerId() {
        return partnerId;
    }

    public String url() {
        return url;
    }

    public boolean enabled() {
        return enabled;
    }
}
