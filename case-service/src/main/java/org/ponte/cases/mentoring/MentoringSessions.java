package org.ponte.cases.mentoring;

import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.List;

interface MentoringSessions extends MongoRepository<MentoringSession, String> {

    List<MentoringSession> findByParticipantsCaseIdOrderByOccurredAtDesc(String caseId);
}
