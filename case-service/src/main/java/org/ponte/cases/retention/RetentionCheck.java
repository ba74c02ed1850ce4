package org.ponte.cases.retention;

import org.ponte.cases.beneficiary.BeneficiaryService;
import org.ponte.cases.casework.Case;
import org.ponte.events.vocabulary.CaseStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The end of the retention period: a person whose cases are all closed, the last for longer than their office's
 * period, is erased as at their own request (their data key destroyed with it, so no backup keeps them either); the
 * anonymous facts stay counted. Each check records, per office, how many people it erased. Erasing is idempotent, so
 * several instances checking at once erase nobody twice.
 */
@Component
class RetentionCheck {

    private static final Logger log = LoggerFactory.getLogger(RetentionCheck.class);

    private final MongoOperations mongo;
    private final BeneficiaryService people;
    private final RetentionProperties retention;
    private final Clock clock;

    RetentionCheck(MongoOperations mongo, BeneficiaryService people, RetentionProperties retention, Clock clock) {
        this.mongo = mongo;
        this.people = people;
        this.retention = retention;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${ponte.cases.retention.check:1h}", initialDelayString = "${ponte.cases.retention.check:1h}")
    void scheduled() {
        run();
    }

    /** Erases everyone past their office's period; how many, by office. */
    Map<String, Integer> run() {
        Instant now = Instant.now(clock);
        Instant latestCutoff = cutoff(now, retention.offices().values().stream().reduce(retention.period(), RetentionCheck::shorter));
        Set<String> candidates = new HashSet<>();
        for (Case closed : mongo.find(Query.query(Criteria.where("status").is(CaseStatus.CLOSED).and("closedAt").lt(latestCutoff)), Case.class)) {
            if (closed.closedAt().isBefore(cutoff(now, retention.periodOf(closed.officeId())))) {
                candidates.add(closed.beneficiaryId());
            }
        }
        Map<String, Integer> erased = new HashMap<>();
        for (String person : candidates) {
            List<Case> cases = mongo.find(Query.query(Criteria.where("beneficiaryId").is(person)), Case.class);
            boolean allPast = cases.stream().allMatch(aCase -> aCase.status() == CaseStatus.CLOSED
                    && aCase.closedAt().isBefore(cutoff(now, retention.periodOf(aCase.officeId()))));
            if (allPast && people.eraseAtEndOfRetention(person)) {
                erased.merge(cases.get(0).officeId(), 1, Integer::sum);
            }
        }
        erased.forEach((office, count) -> mongo.insert(new RetentionRun(UUID.randomUUID().toString(), office, now,
                retention.periodOf(office).toString(), count)));
        if (!erased.isEmpty()) {
            log.info("retention: erased {} people whose cases closed longer ago than their office keeps data", erased);
        }
        return erased;
    }

    private static Instant cutoff(Instant now, Period period) {
        return now.atZone(ZoneOffset.UTC).minus(period).toInstant();
    }

    private static Period shorter(Period a, Period b) {
        Instant now = Instant.EPOCH.plusSeconds(3_000_000_000L);
        return cutoff(now, a).isAfter(cutoff(now, b)) ? a : b;
    }
}
