package org.ponte.cases.casework;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.ponte.events.vocabulary.AttendanceChannel;
import org.ponte.events.vocabulary.AttendanceOutcome;
import org.ponte.events.vocabulary.CaseClosureReason;
import org.ponte.events.vocabulary.InterventionArea;

import java.time.Instant;
import java.util.List;

/** What technicians send to work on cases. Shapes are checked here (400); rules by the aggregates (422, 409). */
final class CaseRequests {

    private CaseRequests() {
    }

    /**
     * A staff id as tokens carry it (the token subject): letters, digits and {@code . _ - @ :}, no spaces, so that
     * a name or phone number typed by mistake is refused here rather than published in CaseOpened or CaseAssigned.
     */
    static final String STAFF_ID = "[A-Za-z0-9._@:-]{1,100}";

    record OpenCase(@NotBlank String beneficiaryId, String officeId,
                    @Pattern(regexp = STAFF_ID, message = "must be a staff id (letters, digits and . _ - @ :)") String assignedTechnicianId,
                    @Size(max = 17) List<@NotNull InterventionArea> areas) {

        String assignee() {
            return assignedTechnicianId == null || assignedTechnicianId.isBlank() ? null : assignedTechnicianId.trim();
        }
    }

    record AssignCase(@NotBlank @Pattern(regexp = STAFF_ID, message = "must be a staff id (letters, digits and . _ - @ :)") String technicianId) {
    }

    record CloseCase(@NotNull CaseClosureReason reason, @Size(max = 2000) String note) {
    }

    record ReopenCase(@Size(max = 2000) String note) {
    }

    record RecordAttendance(@NotNull Instant occurredAt, @NotNull AttendanceChannel channel,
                            @NotEmpty List<@NotNull InterventionArea> areas, @NotNull Integer durationMinutes,
                            @Size(max = 10_000) String summary, AttendanceOutcome outcome) {
    }
}
