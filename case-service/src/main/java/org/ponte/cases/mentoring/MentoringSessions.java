package org.ponte.cases.mentoring;

import org.springframework.data.mongodb.repository.MongoRepository;

interface MentoringSessions extends MongoRepository<MentoringSession, String> {
}
