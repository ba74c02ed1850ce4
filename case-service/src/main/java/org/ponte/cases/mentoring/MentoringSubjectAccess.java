package org.ponte.cases.mentoring;

import org.ponte.platform.privacy.SubjectAccess;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/** The mentoring sessions the person took part in. */
@Component
class MentoringSubjectAccess implements SubjectAccess {

    private final MongoOperations mongo;

    MentoringSubjectAccess(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public Map<String, Object> holdingsOf(String personId) {
        List<MentoringController.SessionView> sessions = mongo.find(Query.query(Criteria.where("participants.beneficiaryId").is(personId)),
                MentoringSession.class).stream().map(MentoringController.SessionView::of).toList();
        return sessions.isEmpty() ? Map.of() : Map.of("mentoringSessions", sessions);
    }
}
