package org.ponte.events.cases;

import org.ponte.events.vocabulary.InterventionArea;

import java.time.Instant;
import java.util.List;

import static org.ponte.events.Require.listOf;
import static org.ponte.events.Require.present;

/** A case was opened for a beneficiary; {@code caseNumber} is the office's readable reference (LIS-2026-000123). */
public record CaseOpened(
        String caseId,
        String caseNumber,
        String beneficiaryId,
        String officeId,
        String assignedTechnicianId,
        List<InterventionArea> areas,
        BeneficiaryProfile profile,
        String openedBy,
        Instant openedAt) implements CaseEvent {

    public CaseOpened {
        present(caseId, "caseId");
        present(caseNumber, "caseNumber");
        present(beneficiaryId, "beneficiaryId");
        present(officeId, "officeId");
        areas = listOf(areas);
        present(profile, "profile");
        present(openedBy, "openedBy");
        present(openedAt, "openedAt");
    }

    @Override
    public String aggregateId() {
        return caseId;
    }
}
