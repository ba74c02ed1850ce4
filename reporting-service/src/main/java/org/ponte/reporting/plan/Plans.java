package org.ponte.reporting.plan;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface Plans extends MongoRepository<Plan, String> {
}
