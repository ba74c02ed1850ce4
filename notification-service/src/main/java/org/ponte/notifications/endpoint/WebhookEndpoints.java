package org.ponte.notifications.endpoint;

import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.List;

interface WebhookEndpoints extends MongoRepository<WebhookEndpoint, String> {

    List<WebhookEndpoint> findByPartnerId(String partnerId);

    List<WebhookEndpoint> findByPartnerIdAndEnabledTrue(String partnerId);
}
