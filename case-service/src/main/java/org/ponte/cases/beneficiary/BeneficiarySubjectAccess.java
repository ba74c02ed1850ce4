package org.ponte.cases.beneficiary;

import org.ponte.platform.privacy.SubjectAccess;
import org.springframework.stereotype.Component;

import java.util.Map;

/** The person's record, as their office's technicians see it; or that it was erased. */
@Component
class BeneficiarySubjectAccess implements SubjectAccess {

    private final Beneficiaries beneficiaries;

    BeneficiarySubjectAccess(Beneficiaries beneficiaries) {
        this.beneficiaries = beneficiaries;
    }

    @Override
    public Map<String, Object> holdingsOf(String personId) {
        return beneficiaries.findById(personId)
                .<Map<String, Object>>map(person -> person.isErased()
                        ? Map.of("person", Map.of("id", personId, "erased", true))
                        : Map.of("person", BeneficiaryView.of(person)))
                .orElse(Map.of());
    }
}
