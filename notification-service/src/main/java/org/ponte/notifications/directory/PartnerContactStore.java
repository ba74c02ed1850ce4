package org.ponte.notifications.directory;

import org.springframework.data.mongodb.repository.MongoRepository;

interface PartnerContactStore extends MongoRepository<PartnerContact, String> {
}
