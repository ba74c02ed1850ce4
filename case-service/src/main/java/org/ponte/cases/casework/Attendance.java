package org.ponte.cases.casework;

import org.ponte.events.cases.AttendanceRecorded;
import org.ponte.events.cases.BeneficiaryProfile;
import org.ponte.events.vocabulary.AttendanceChannel;
import org.ponte.events.vocabulary.AttendanceOutcome;
import org.ponte.events.vocabulary.InterventionArea;
import org.ponte.platform.outbox.AggregateRoot;
import org.ponte.platform.privacy.PersonalRecord;
import org.ponte.platform.privacy.Sealed;
import org.ponte.platform.privacy.Processing;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * One attendance (atendimento): a service contact with the person on a case. Its own document, so that a case
 * with hundreds of them stays small and concurrent attendances do not contend; the case's rules decide
 * whether it may be recorded ({@link Case#recordAttendance}). The summary never leaves this service.
 */
@Processing(holds = "the person's id, when, channel, areas, duration, outcome, and a summary (sealed)",
        purpose = "case work, and the plan's anonymous counts",
        kept = "the summary until the person is erased; the facts stay, anonymous")
@Document("attendances")
@CompoundIndex(name = "case_occurred", def = "{'caseId': 1, 'occurredAt': -1}")
public class Attendance extends AggregateRoot implements PersonalRecord {

    @Id
    private String id;
    private String caseId;
    private String beneficiaryId;
    private String officeId;
    private String technicianId;
    private Instant occurredAt;
    private AttendanceChannel channel;
    private List<InterventionArea> areas;
    private int durationMinutes;
    @Sealed
    private String summary;
    private AttendanceOutcome outcome;
    private Instant recordedAt;

    Attendance() {
    }

    @Override
    public String sealedFor() {
        return beneficiaryId;
    }

    static Attendance record(String id, Case aCase, Instant occurredAt, AttendanceChannel channel, List<InterventionArea> areas,
                             int durationMinutes, String summary, AttendanceOutcome outcome, String technicianId,
                             BeneficiaryProfile profile, Instant now) {
        Attendance attendance = new Attendance();
        attendance.id = id;
        attendance.caseId = aCase.id();
        attendance.beneficiaryId = aCase.beneficiaryId();
        attendance.officeId = aCase.officeId();
        attendance.technicianId = technicianId;
        attendance.occurredAt = occurredAt;
        attendance.channel = channel;
        attendance.areas = List.copyOf(areas);
        attendance.durationMinutes = durationMinutes;
        attendance.summary = summary;
        attendance.outcome = outcome;
        attendance.recordedAt = now;
        attendance.publish(new AttendanceRecorded(id, aCase.id(), aCase.beneficiaryId(), aCase.officeId(), technicianId,
                occurredAt, channel, attendance.areas, durationMinutes, outcome, profile, now), now);
        return attendance;
    }

    public String id() {
        return id;
    }

    public String caseId() {
        return caseId;
    }

    public String technicianId() {
        return technicianId;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public AttendanceChannel channel() {
        return channel;
    }

    public List<InterventionArea> areas() {
        return areas;
    }

    public int durationMinutes() {
        return durationMinutes;
    }

    public String summary() {
        return summary;
    }

    public AttendanceOutcome outcome() {
        return outcome;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String officeId() {
        return officeId;
    }

    public String beneficiaryId() {
        return beneficiaryId;
    }
}
