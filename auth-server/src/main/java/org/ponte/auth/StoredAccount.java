package org.ponte.auth;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * A person who signs in, or an API client, as the server keeps it: its secret only as a hash, its grant, whether it
 * may still sign in, and where it is managed ({@code CONFIGURATION}: rewritten from the configuration at each start;
 * {@code API}: created and changed by administrators through {@code /api/v1/accounts}).
 */
@Document("accounts")
record StoredAccount(@Id String id, Kind kind, String secretHash, String name, List<String> roles, String officeId,
                     String partnerId, String region, boolean enabled, Source source, Instant changedAt, String changedBy) {

    enum Kind { PERSON, API_CLIENT }

    enum Source { CONFIGURATION, API }

    AccessGrant grant() {
        return new AccessGrant(roles, officeId, partnerId, region);
    }
}
