package org.ponte.referrals.caseinfo;

import org.springframework.data.mongodb.repository.MongoRepository;

interface ConsentFactsRepository extends MongoRepository<ConsentFacts, String> {
}
