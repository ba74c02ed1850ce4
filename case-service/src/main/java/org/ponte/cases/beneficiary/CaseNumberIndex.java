package org.ponte.cases.beneficiary;

import java.util.Optional;

/** Finds whose case a case number is, so that technicians can search people by it. */
public interface CaseNumberIndex {

    Optional<String> beneficiaryOf(String officeId, String caseNumber);
}
