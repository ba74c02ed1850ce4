package org.ponte.events.cases;

import static org.ponte.events.Require.present;

/** One person in a mentoring session, through their case. */
public record MentoringParticipant(String caseId, String beneficiaryId) {

    public MentoringParticipant {
        present(caseId, "caseId");
        present(beneficiaryId, "beneficiaryId");
    }
}
