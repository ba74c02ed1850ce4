package org.ponte.cases.casework;

import org.ponte.platform.privacy.SubjectAccess;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/** The person's cases and every attendance recorded for them, as the API shows them. */
@Component
class CaseworkSubjectAccess implements SubjectAccess {

    private final Cases cases;
    private final MongoOperations mongo;

    CaseworkSubjectAccess(Cases cases, MongoOperations mongo) {
        this.cases = cases;
        this.mongo = mongo;
    }

    @Override
    public Map<String, Object> holdingsOf(String personId) {
        List<CaseViews.CaseView> theirCases = cases.findByBeneficiaryId(personId).stream().map(aCase -> CaseViews.CaseView.of(aCase, List.of())).toList();
        List<CaseViews.AttendanceView> attendances = mongo.find(Query.query(Criteria.where("beneficiaryId").is(personId)), Attendance.class)
                .stream().map(CaseViews.AttendanceView::of).toList();
        return theirCases.isEmpty() ? Map.of() : Map.of("cases", theirCases, "attendances", attendances);
    }
}
