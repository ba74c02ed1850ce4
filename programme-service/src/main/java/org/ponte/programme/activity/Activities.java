package org.ponte.programme.activity;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface Activities extends MongoRepository<Activity, String> {
}
