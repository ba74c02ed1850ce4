package org.ponte.programme.replica;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface KnownPartners extends MongoRepository<KnownPartner, String> {
}
