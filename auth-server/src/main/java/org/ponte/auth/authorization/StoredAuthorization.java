package org.ponte.auth.authorization;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * One authorization (a sign-in's code, access, refresh and ID tokens, or a client's token) as the database keeps it:
 * the whole authorization encrypted, and beside it only SHA-256 hashes of its state and token values, by which it is
 * found; deleted by the store once nothing in it is valid any more.
 */
@Document("authorizations")
record StoredAuthorization(@Id String id, @Indexed String stateHash, @Indexed String codeHash, @Indexed String accessTokenHash,
                           @Indexed String refreshTokenHash, @Indexed String idTokenHash, @Indexed(expireAfter = "0s") Instant expiresAt,
                           byte[] sealed) {
}
