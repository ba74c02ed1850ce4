package org.ponte.programme.activity;

import org.ponte.platform.privacy.SubjectAccess;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/** The activities the person took part in. */
@Component
class ActivitySubjectAccess implements SubjectAccess {

    private final MongoOperations mongo;

    ActivitySubjectAccess(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public Map<String, Object> holdingsOf(String personId) {
        List<ActivityView> theirs = mongo.find(Query.query(Criteria.where("participants.beneficiaryIds").is(personId)), Activity.class)
                .stream().map(activity -> ActivityView.of(activity, true)).toList();
        return theirs.isEmpty() ? Map.of() : Map.of("activities", theirs);
    }
}
