package org.ponte.cases.casework;

import org.ponte.platform.domain.Conflict;
import org.ponte.platform.domain.RuleViolated;
import org.ponte.cases.beneficiary.Beneficiary;
import org.ponte.events.cases.CaseAssigned;
import org.ponte.events.cases.CaseClosed;
import org.ponte.events.cases.CaseOpened;
import org.ponte.events.cases.CaseReopened;
import org.ponte.events.vocabulary.AttendanceChannel;
import org.ponte.events.vocabulary.AttendanceOutcome;
import org.ponte.events.vocabulary.CaseClosureReason;
import org.ponte.events.vocabulary.CaseStatus;
import org.ponte.events.vocabulary.InterventionArea;
import org.ponte.platform.outbox.AggregateRoot;
import org.ponte.platform.privacy.Processing;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A case (processo) of one person at one office: opened, assigned to a technician, closed with a reason and
 * reopened, and the rules for what may be recorded on it.
 */
@Processing(holds = "the person's id, office, areas of intervention, status and technician",
        purpose = "case work, and the plan's anonymous counts",
        kept = "the facts stay, anonymous, once the person is erased")
@Document("cases")
@CompoundIndexes({
        @CompoundIndex(name = "office_status", def = "{'officeId': 1, 'status': 1, 'openedAt': -1}"),
        @CompoundIndex(name = "office_number", def = "{'officeId': 1, 'caseNumber': 1}", unique = true)})
public class Case extends AggregateRoot {

    @Id
    private String id;
    private String caseNumber;
    private String beneficiaryId;
    private String officeId;
    private String assignedTechnicianId;
    private List<InterventionArea> areas = new ArrayList<>();
    private CaseStatus status;
    private String openedBy;
    private Instant openedAt;
    private CaseClosureReason closureReason;
    private String closureNote;
    private Instant closedAt;

    Case() {
    }

    /** Opens a case for a person of the same office who consented to the processing of their data. */
    static Case open(String id, String caseNumber, Beneficiary beneficiary, String officeId, String assignedTechnicianId,
                     List<InterventionArea> areas, String by, Instant now) {
        if (!beneficiary.officeId().equals(officeId)) {
            throw new RuleViolated("other-office", "beneficiaryId", "The person is registered at another office.");
        }
        if (!beneficiary.consentsToProcessing()) {
            throw new RuleViolated("consent-required", "beneficiaryId",
                    "The person has not consented to the processing of their data; no case can be opened.");
        }
        Case opened = new Case();
        opened.id = id;
        opened.caseNumber = caseNumber;
        opened.beneficiaryId = beneficiary.id();
        opened.officeId = officeId;
        opened.assignedTechnicianId = assignedTechnicianId == null ? by : assignedTechnicianId;
        opened.areas = areas == null ? new ArrayList<>() : new ArrayList<>(areas);
        opened.status = CaseStatus.OPEN;
        opened.openedBy = by;
        opened.openedAt = now;
        opened.publish(new CaseOpened(id, caseNumber, beneficiary.id(), officeId, opened.assignedTechnicianId, opened.areas,
                beneficiary.profile(now), by, now), now);
        if (!opened.assignedTechnicianId.equals(by)) {
            opened.publish(new CaseAssigned(id, beneficiary.id(), officeId, opened.assignedTechnicianId, null, by, now), now);
        }
        return opened;
    }

    void assign(String technicianId, String by, Instant now) {
        requireOpen("assign");
        if (technicianId.equals(assignedTechnicianId)) {
            return;
        }
        String previous = assignedTechnicianId;
        assignedTechnicianId = technicianId;
        publish(new CaseAssigned(id, beneficiaryId, officeId, technicianId, previous, by, now), now);
    }

    void close(CaseClosureReason reason, String note, String by, Instant now) {
        requireOpen("close");
        status = CaseStatus.CLOSED;
        closureReason = reason;
        closureNote = note;
        closedAt = now;
        publish(new CaseClosed(id, beneficiaryId, officeId, reason, by, now), now);
    }

    void reopen(String by, Instant now) {
        if (status != CaseStatus.CLOSED) {
            throw new Conflict("case-not-closed", "Case " + caseNumber + " is " + status + "; only a closed case can be reopened.");
        }
        status = CaseStatus.OPEN;
        closureReason = null;
        closureNote = null;
        closedAt = null;
        publish(new CaseReopened(id, beneficiaryId, officeId, by, now), now);
    }

    /**
     * An attendance on this case: only while it is open and the person still consents to the processing of their
     * data (a withdrawal stops further processing), with at least one area, a sensible duration, not in the future.
     */
    Attendance recordAttendance(String attendanceId, Instant occurredAt, AttendanceChannel channel, List<InterventionArea> areas,
                                int durationMinutes, String summary, AttendanceOutcome outcome, String technicianId,
                                Beneficiary beneficiary, Instant now) {
        if (status != CaseStatus.OPEN) {
            throw new RuleViolated("case-closed", "Case " + caseNumber + " is closed; reopen it to record an attendance.");
        }
        if (!beneficiary.consentsToProcessing()) {
            throw new RuleViolated("consent-required", "The person has withdrawn consent to the processing of their data; "
                    + "nothing more can be recorded about them.");
        }
        CaseRules.requireDuration(durationMinutes);
        CaseRules.requireNotInFuture(occurredAt, now);
        if (areas == null || areas.isEmpty()) {
            throw new RuleViolated("area-required", "areas", "An attendance needs at least one intervention area.");
        }
        return Attendance.record(attendanceId, this, occurredAt, channel, areas, durationMinutes, summary, outcome, technicianId,
                beneficiary.profile(now), now);
    }

    private void requireOpen(String action) {
        if (status != CaseStatus.OPEN) {
            throw new Conflict("case-closed", "Case " + caseNumber + " is " + status + "; cannot " + action + " it.");
        }
    }

    public boolean isOpen() {
        return status == CaseStatus.OPEN;
    }

    public String id() {
        return id;
    }

    public String caseNumber() {
        return caseNumber;
    }

    public String beneficiaryId() {
        return beneficiaryId;
    }

    public String officeId() {
        return officeId;
    }

    public String assignedTechnicianId() {
        return assignedTechnicianId;
    }

    public List<InterventionArea> areas() {
        return List.copyOf(areas);
    }

    public CaseStatus status() {
        return status;
    }

    public String openedBy() {
        return openedBy;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public CaseClosureReason closureReason() {
        return closureReason;
    }

    public String closureNote() {
        return closureNote;
    }

    public Instant closedAt() {
        return closedAt;
    }
}
