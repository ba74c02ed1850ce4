package org.ponte.auth.signing;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * One signing key as the authorization server's database keeps it: the RSA key pair as a JWK, encrypted under the
 * server's key password; {@code generation} orders the keys and makes two instances that rotate at once agree on one.
 *
 * @param signsFrom when instances start signing with it: later than its making, so that every resource server has
 *                  fetched it before it meets a token it signed
 */
@Document("signing_keys")
record StoredSigningKey(@Id long generation, String keyId, byte[] sealedJwk, Instant createdAt, Instant signsFrom) {
}
