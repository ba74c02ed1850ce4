package org.ponte.cases.casework;

import org.bson.Document;
import org.ponte.cases.beneficiary.CaseNumberIndex;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Year;
import java.util.Locale;
import java.util.Optional;

/**
 * Readable case numbers, one sequence per office and year: {@code LIS-2026-000123}. The counter is one
 * atomic increment, so two technicians opening cases at once never get the same number.
 */
@Component
class CaseNumbers implements CaseNumberIndex {

    private final MongoOperations mongo;
    private final Cases cases;
    private final CaseProperties properties;

    CaseNumbers(MongoOperations mongo, Cases cases, CaseProperties properties) {
        this.mongo = mongo;
        this.cases = cases;
        this.properties = properties;
    }

    String next(String officeId, Year year) {
        String prefix = prefix(officeId);
        Document counter = mongo.findAndModify(Query.query(Criteria.where("_id").is(prefix + "-" + year)),
                new Update().inc("last", 1), FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class,
                "case_number_counters");
        long number = ((Number) counter.get("last")).longValue();
        return "%s-%d-%06d".formatted(prefix, year.getValue(), number);
    }

    @Override
    public Optional<String> beneficiaryOf(String officeId, String caseNumber) {
        return cases.findByOfficeIdAndCaseNumber(officeId, caseNumber).map(Case::beneficiaryId);
    }

    private String prefix(String officeId) {
        String configured = properties.officePrefixes().get(officeId);
        if (configured != null) {
            return configured;
        }
        String letters = officeId.replaceAll("[^A-Za-z]", "").toUpperCase(Locale.ROOT);
        return letters.length() >= 3 ? letters.substring(0, 3) : (letters + "XXX").substring(0, 3);
    }
}
