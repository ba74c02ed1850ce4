package org.ponte.platform.privacy;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * One person's data key, stored only wrapped under the master key (a Tink keyset encrypted with the person's id as
 * associated data, so it cannot be passed off as another person's). Deleting it is the erasure of every copy of the
 * person's sealed fields, wherever those copies are.
 */
@Processing(holds = "each person's data key, wrapped under the master key (in the key vault database)",
        purpose = "sealing the person's data; destroying the key erases every copy of it",
        kept = "until the person is erased")
@Document("person_keys")
record PersonKey(@Id String personId, byte[] wrapped, Instant createdAt, Instant wrappedAt) {
}
