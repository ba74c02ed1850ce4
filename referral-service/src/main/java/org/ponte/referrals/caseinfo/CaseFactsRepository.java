package org.ponte.referrals.caseinfo;

import org.springframework.data.mongodb.repository.MongoRepository;

interface CaseFactsRepository extends MongoRepository<CaseFacts, String> {
}
