package org.ponte.events.cases;

import java.time.Instant;

import static org.ponte.events.Require.present;

/**
 * The person's personal data was erased (right to erasure). Every service drops what it keeps about them;
 * indicators keep counting the anonymous facts.
 */
public record BeneficiaryErased(
        String beneficiaryId,
        String officeId,
        String erasedBy,
        Instant erasedAt) implements CaseEvent {

    public BeneficiaryErased {
        present(beneficiaryId, "beneficiaryId");
        present(officeId, "officeId");
        present(erasedBy, "erasedBy");
        present(erasedAt, "erasedAt");
    }

    @Override
    public String aggregateId() {
        return beneficiaryId;
    }
}
