package org.ponte.referrals.partner;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface Partners extends MongoRepository<Partner, String> {
}
