package org.ponte.events.cases;

import org.ponte.events.vocabulary.AttendanceChannel;
import org.ponte.events.vocabulary.AttendanceOutcome;
import org.ponte.events.vocabulary.InterventionArea;

import java.time.Instant;
import java.util.List;

import static org.ponte.events.Require.nonEmpty;
import static org.ponte.events.Require.positive;
import static org.ponte.events.Require.present;

/**
 * A technician recorded an attendance (atendimento) on a case. Keyed by the case id, so a case's attendances
 * stay in order with the case's other events. The summary never leaves case-service; {@code outcome} is
 * optional. The beneficiary's profile rides along so that reports need no join across partitions.
 */
public record AttendanceRecorded(
        String attendanceId,
        String caseId,
        String beneficiaryId,
        String officeId,
        String technicianId,
        Instant occurredAt,
        AttendanceChannel channel,
        List<InterventionArea> areas,
        int durationMinutes,
        AttendanceOutcome outcome,
        BeneficiaryProfile profile,
        Instant recordedAt) implements CaseEvent {

    public AttendanceRecorded {
        present(attendanceId, "attendanceId");
        present(caseId, "caseId");
        present(beneficiaryId, "beneficiaryId");
        present(officeId, "officeId");
        present(technicianId, "technicianId");
        present(occurredAt, "occurredAt");
        present(channel, "channel");
        areas = nonEmpty(areas, "areas");
        positive(durationMinutes, "durationMinutes");
        present(profile, "profile");
        present(recordedAt, "recordedAt");
    }

    @Override
    public String aggregateId() {
        return caseId;
    }
}
