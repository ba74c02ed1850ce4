package org.ponte.platform.sample;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface SampleCases extends MongoRepository<SampleCase, String> {
}
