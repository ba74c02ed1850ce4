package org.ponte.events.cases;

import java.time.Instant;

import static org.ponte.events.Require.present;

/** A case was given to a technician; {@code previousTechnicianId} is absent on a first assignment. */
public record CaseAssigned(
        String caseId,
        String beneficiaryId,
        String officeId,
        String assignedTechnicianId,
        String previousTechnicianId,
        String assignedBy,
        Instant assignedAt) implements CaseEvent {

    public CaseAssigned {
        present(caseId, "caseId");
        present(beneficiaryId, "beneficiaryId");
        present(officeId, "officeId");
        present(assignedTechnicianId, "assignedTechnicianId");
        present(assignedBy, "assignedBy");
        present(assignedAt, "assignedAt");
    }

    @Override
    public String aggregateId() {
        return caseId;
    }
}
