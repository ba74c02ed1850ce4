package org.ponte.cases.casework;

import org.ponte.cases.beneficiary.ErasureListener;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Erasure of a person removes the free text about them: attendance summaries and closure notes. The facts stay. */
@Component
class AttendanceErasure implements ErasureListener {

    private final MongoOperations mongo;

    AttendanceErasure(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public void erase(String beneficiaryId) {
        mongo.updateMulti(Query.query(Criteria.where("beneficiaryId").is(beneficiaryId)), new Update().unset("summary"), Attendance.class);
        mongo.updateMulti(Query.query(Criteria.where("beneficiaryId").is(beneficiaryId)), new Update().unset("closureNote"), Case.class);
    }
}
