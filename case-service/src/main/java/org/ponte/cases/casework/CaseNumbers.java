package org.ponte.cases.casework;

import org.ponte.cases.beneficiary.CaseNumberIndex;
import org.ponte.platform.sequence.Sequences;
import org.springframework.stereotype.Component;

import java.time.Year;
import java.util.Locale;
import java.util.Optional;

/**
 * Readable case numbers, one sequence per office and year: {@code LIS-2026-000123}.
 */
@Component
class CaseNumbers implements CaseNumberIndex {

    private final Sequences sequences;
    private final Cases cases;
    private final CaseProperties properties;

    CaseNumbers(Sequences sequences, Cases cases, CaseProperties properties) {
        this.sequences = sequences;
        this.cases = cases;
        this.properties = properties;
    }

    String next(String officeId, Year year) {
        String prefix = prefix(officeId);
        return "%s-%d-%06d".formatted(prefix, year.getValue(), sequences.next("case-number-" + prefix + "-" + year));
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
