package org.ponte.notifications.person;

import org.springframework.data.mongodb.repository.MongoRepository;

interface ReminderConsents extends MongoRepository<ReminderConsent, String> {
}
