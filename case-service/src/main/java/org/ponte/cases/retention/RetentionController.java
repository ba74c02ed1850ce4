package org.ponte.cases.retention;

import org.ponte.platform.domain.InvalidRequest;
import org.ponte.platform.domain.NotAllowed;
import org.ponte.platform.security.CurrentUser;
import org.ponte.platform.security.Role;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * {@code GET /api/v1/retention?officeId=}: an office's retention period and how many people its checks erased, run by
 * run, for the office's managers (and technicians) and administrators. Counts only: who was erased is not kept.
 */
@RestController
class RetentionController {

    private final MongoOperations mongo;
    private final RetentionProperties retention;

    RetentionController(MongoOperations mongo, RetentionProperties retention) {
        this.mongo = mongo;
        this.retention = retention;
    }

    record Erasures(java.time.Instant at, int erased) {
    }

    record RetentionReport(String officeId, String period, long erasedInAll, List<Erasures> runs) {
    }

    @GetMapping("/api/v1/retention")
    RetentionReport report(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String officeId) {
        // Who may ask at all comes before what they asked: a partner is refused whatever office it names or omits.
        if (!(user.isAdmin() || user.has(Role.TECHNICIAN) || user.has(Role.MANAGER))) {
            throw new NotAllowed("only an office's staff and administrators see its retention");
        }
        String office = officeId != null && !officeId.isBlank() ? officeId.trim() : user.officeId();
        if (office == null) {
            throw new InvalidRequest("office-required", "Name the office with officeId.");
        }
        user.requireOffice(office);
        List<Erasures> runs = mongo.find(Query.query(Criteria.where("officeId").is(office)).with(Sort.by(Sort.Direction.DESC, "at")).limit(100),
                RetentionRun.class).stream().map(run -> new Erasures(run.at(), run.erased())).toList();
        long total = mongo.find(Query.query(Criteria.where("officeId").is(office)), RetentionRun.class).stream().mapToLong(RetentionRun::erased).sum();
        return new RetentionReport(office, retention.periodOf(office).toString(), total, runs);
    }
}
