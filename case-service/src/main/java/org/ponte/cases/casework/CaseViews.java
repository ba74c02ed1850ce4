package org.ponte.cases.casework;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.ponte.events.vocabulary.AttendanceChannel;
import org.ponte.events.vocabulary.AttendanceOutcome;
import org.ponte.events.vocabulary.CaseClosureReason;
import org.ponte.events.vocabulary.CaseStatus;
import org.ponte.events.vocabulary.InterventionArea;

import java.time.Instant;
import java.util.List;

/** What the API answers about cases and attendances. A case view names no one (the person is an id) unless a technician of the office asks. */
public final class CaseViews {

    private CaseViews() {
    }

    /** {@code beneficiaryName} only in a list asked for with {@code names=true}, which only the office's technicians may ask. */
    record CaseView(String id, String caseNumber, String beneficiaryId, String officeId, String assignedTechnicianId,
                    List<InterventionArea> areas, CaseStatus status, String openedBy, Instant openedAt,
                    CaseClosureReason closureReason, Instant closedAt, List<ReferralSummaryView> referrals, Long version,
                    @JsonInclude(JsonInclude.Include.NON_NULL) String beneficiaryName) {

        static CaseView of(Case aCase, List<ReferralSummaryView> referrals) {
            return new CaseView(aCase.id(), aCase.caseNumber(), aCase.beneficiaryId(), aCase.officeId(),
                    aCase.assignedTechnicianId(), aCase.areas(), aCase.status(), aCase.openedBy(), aCase.openedAt(),
                    aCase.closureReason(), aCase.closedAt(), referrals, aCase.version(), null);
        }

        CaseView named(String name) {
            return new CaseView(id, caseNumber, beneficiaryId, officeId, assignedTechnicianId, areas, status, openedBy, openedAt,
                    closureReason, closedAt, referrals, version, name);
        }
    }

    /** A referral of the case as case-service learned it from referral-events. */
    public record ReferralSummaryView(String referralId, String referenceNumber, String partnerId, InterventionArea area, String status,
                               boolean overdue, Instant updatedAt) {
    }

    record AttendanceView(String id, String caseId, String technicianId, Instant occurredAt, AttendanceChannel channel,
                          List<InterventionArea> areas, int durationMinutes, String summary, AttendanceOutcome outcome,
                          Instant recordedAt) {

        static AttendanceView of(Attendance attendance) {
            return new AttendanceView(attendance.id(), attendance.caseId(), attendance.technicianId(), attendance.occurredAt(),
                    attendance.channel(), attendance.areas(), attendance.durationMinutes(), attendance.summary(),
                    attendance.outcome(), attendance.recordedAt());
        }
    }
}
