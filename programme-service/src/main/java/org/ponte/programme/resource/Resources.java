package org.ponte.programme.resource;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface Resources extends MongoRepository<Resource, String> {
}
