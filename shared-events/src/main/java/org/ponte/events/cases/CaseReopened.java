package org.ponte.events.cases;

import java.time.Instant;

import static org.ponte.events.Require.present;

/** A closed case was opened again. */
public record CaseReopened(
        String caseId,
        String beneficiaryId,
        String officeId,
        String reopenedBy,
        Instant reopenedAt) implements CaseEvent {

    public CaseReopened {
        present(caseId, "caseId");
        present(beneficiaryId, "beneficiaryId");
        present(officeId, "officeId");
        present(reopenedBy, "reopenedBy");
        present(reopenedAt, "reopenedAt");
    }

    @Override
    public String aggregateId() {
        return caseId;
    }
}
