package org.ponte.referrals.caseinfo;

import org.springframework.data.mongodb.repository.MongoRepository;

interface KnownCases extends MongoRepository<KnownCase, String> {
}
