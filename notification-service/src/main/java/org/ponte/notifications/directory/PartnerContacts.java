package org.ponte.notifications.directory;

import org.springframework.data.mongodb.repository.MongoRepository;

interface PartnerContacts extends MongoRepository<PartnerContact, String> {
}
