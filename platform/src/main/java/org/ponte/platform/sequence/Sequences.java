package org.ponte.platform.sequence;

import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Gap-free counters for readable numbers (case numbers, referral references): one atomic increment per
 * number in the service's {@code sequences} collection, so two requests at once never get the same one.
 */
public class Sequences {

    private final MongoOperations mongo;

    public Sequences(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** The next number of the named sequence, starting at 1. */
    public long next(String name) {
        Document counter = mongo.findAndModify(Query.query(Criteria.where("_id").is(name)), new Update().inc("last", 1),
                FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, "sequences");
        return ((Number) counter.get("last")).longValue();
    }
}
