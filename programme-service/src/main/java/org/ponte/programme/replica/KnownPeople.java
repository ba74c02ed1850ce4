package org.ponte.programme.replica;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface KnownPeople extends MongoRepository<KnownPerson, String> {
}
