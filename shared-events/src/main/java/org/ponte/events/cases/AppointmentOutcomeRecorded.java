package org.ponte.events.cases;

import org.ponte.events.vocabulary.Agency;
import org.ponte.events.vocabulary.AppointmentOutcome;

import java.time.Instant;

import static org.ponte.events.Require.present;

/** What became of a person's appointment with an agency. */
public record AppointmentOutcomeRecorded(
        String appointmentId,
        String beneficiaryId,
        String officeId,
        Agency agency,
        Instant at,
        AppointmentOutcome outcome,
        String recordedBy,
        Instant recordedAt) implements CaseEvent {

    public AppointmentOutcomeRecorded {
        present(appointmentId, "appointmentId");
        present(beneficiaryId, "beneficiaryId");
        present(officeId, "officeId");
        present(agency, "agency");
        present(at, "at");
        present(outcome, "outcome");
        present(recordedBy, "recordedBy");
        present(recordedAt, "recordedAt");
    }

    @Override
    public String aggregateId() {
        return beneficiaryId;
    }
}
