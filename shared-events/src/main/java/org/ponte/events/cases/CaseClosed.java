package org.ponte.events.cases;

import org.ponte.events.vocabulary.CaseClosureReason;

import java.time.Instant;

import static org.ponte.events.Require.present;

/** A case was closed; no attendance, mentoring or referral can be added until it is reopened. */
public record CaseClosed(
        String caseId,
        String beneficiaryId,
        String officeId,
        CaseClosureReason reason,
        String closedBy,
        Instant closedAt) implements CaseEvent {

    public CaseClosed {
        present(caseId, "caseId");
        present(beneficiaryId, "beneficiaryId");
        present(officeId, "officeId");
        present(reason, "reason");
        present(closedBy, "closedBy");
        present(closedAt, "closedAt");
    }

    @Override
    public String aggregateId() {
        return caseId;
    }
}
