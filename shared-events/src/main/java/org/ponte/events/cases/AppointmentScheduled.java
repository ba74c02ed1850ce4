package org.ponte.events.cases;

import org.ponte.events.vocabulary.Agency;

import java.time.Instant;

import static org.ponte.events.Require.present;

/** A person has an appointment with an agency; its purpose and place stay in case-service. */
public record AppointmentScheduled(
        String appointmentId,
        String beneficiaryId,
        String officeId,
        Agency agency,
        Instant at,
        String scheduledBy,
        Instant scheduledAt) implements CaseEvent {

    public AppointmentScheduled {
        present(appointmentId, "appointmentId");
        present(beneficiaryId, "beneficiaryId");
        present(officeId, "officeId");
        present(agency, "agency");
        present(at, "at");
        present(scheduledBy, "scheduledBy");
        present(scheduledAt, "scheduledAt");
    }

    @Override
    public String aggregateId() {
        return beneficiaryId;
    }
}
