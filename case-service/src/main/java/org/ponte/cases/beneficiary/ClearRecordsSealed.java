package org.ponte.cases.beneficiary;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * At start, seals the records stored before personal data was sealed (a local stack's data from an earlier version):
 * each is read (its clear data taken as it was) and saved again, sealed, its clear fields gone.
 */
@Component
class ClearRecordsSealed implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ClearRecordsSealed.class);

    private final MongoOperations mongo;

    ClearRecordsSealed(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        Query clear = Query.query(Criteria.where(BeneficiarySealing.FIELD).exists(true));
        int sealed = 0;
        for (Beneficiary beneficiary : mongo.find(clear, Beneficiary.class)) {
            mongo.save(beneficiary);
            sealed++;
        }
        if (sealed > 0) {
            log.info("sealed the personal data of {} people stored in clear before", sealed);
        }
    }
}
