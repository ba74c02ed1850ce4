package org.ponte.referrals.office;

import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.Optional;

interface Offices extends MongoRepository<Office, String> {

    Optional<Office> findByCaseNumberPrefix(String caseNumberPrefix);
}
