package org.ponte.events.cases;

import java.time.Instant;

import static org.ponte.events.Require.present;

/** A beneficiary's categories after a change of their record (names and contacts change without an event field). */
public record BeneficiaryUpdated(
        String beneficiaryId,
        String officeId,
        BeneficiaryProfile profile,
        String preferredLanguage,
        String updatedBy,
        Instant updatedAt) implements CaseEvent {

    public BeneficiaryUpdated {
        present(beneficiaryId, "beneficiaryId");
        present(officeId, "officeId");
        present(profile, "profile");
        present(updatedBy, "updatedBy");
        present(updatedAt, "updatedAt");
    }

    @Override
    public String aggregateId() {
        return beneficiaryId;
    }
}
