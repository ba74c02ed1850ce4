package org.ponte.referrals.caseinfo;

import org.springframework.data.mongodb.repository.MongoRepository;

interface KnownConsents extends MongoRepository<KnownConsent, String> {
}
