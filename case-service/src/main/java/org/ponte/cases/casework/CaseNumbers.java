package org.ponte.cases.casework;

import org.ponte.cases.beneficiary.CaseNumberIndex;
import org.ponte.cases.office.OfficeDirectory;
import org.ponte.platform.sequence.Sequences;
import org.springframework.stereotype.Component;

import java.time.Year;
import java.util.Optional;

/**
 * Readable case numbers, one sequence per office prefix and year: {@code LIS-2026-000123}. The prefix is the
 * office's, as the directory gives it.
 */
@Component
class CaseNumbers implements CaseNumberIndex {

    private final Sequences sequences;
    private final Cases cases;
    private final OfficeDirectory offices;

    CaseNumbers(Sequences sequences, Cases cases, OfficeDirectory offices) {
        this.sequences = sequences;
        this.cases = cases;
        this.offices = offices;
    }

    String next(String officeId, Year year) {
        String prefix = offices.caseNumberPrefix(officeId);
        return "%s-%d-%06d".formatted(prefix, year.getValue(), sequences.next("case-number-" + prefix + "-" + year));
    }

    @Override
    public Optional<String> beneficiaryOf(String officeId, String caseNumber) {
        return cases.findByOfficeIdAndCaseNumber(officeId, caseNumber).map(Case::beneficiaryId);
    }
}
