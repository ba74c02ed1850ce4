package org.ponte.cases.casework;

import org.ponte.cases.TestPeople;
import org.ponte.cases.beneficiary.Beneficiary;
import org.ponte.events.vocabulary.CaseClosureReason;
import org.ponte.events.vocabulary.InterventionArea;

import java.util.List;

/** Opens and closes cases for the tests of other features (mentoring), whose rules depend on them. */
public final class CaseTestAccess {

    private CaseTestAccess() {
    }

    public static Case openCaseOf(Beneficiary person) {
        return Case.open("case-" + person.id(), "XXX-2026-000001", person, person.officeId(), null,
                List.of(InterventionArea.LANGUAGE), "technician", TestPeople.NOW);
    }

    public static Case closedCaseOf(Beneficiary person) {
        Case aCase = openCaseOf(person);
        aCase.close(CaseClosureReason.OBJECTIVES_MET, null, "technician", TestPeople.NOW);
        return aCase;
    }
}
