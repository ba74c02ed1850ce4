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
import org.ponte.platform.security.StaffIds;

import java.time.Instant;
import java.util.List;

/** What technicians send to work on cases. Shapes are checked here (400); rules by the aggregates (422, 409). */
final class CaseRequests {

    private CaseRequests() {
    }


    record OpenCase(@NotBlank String beneficiaryId, String officeId,
                    @Pattern(regexp = StaffIds.PATTERN, message = StaffIds.MESSAGE) String assignedTechnicianId,
                    @Size(max = 17) List<@NotNull InterventionArea> areas) {

        String assignee() {
            return assignedTechnicianId == null || assignedTechnicianId.isBlank() ? null : assignedTechnicianId.trim();
        }
    }

    record AssignCase(@NotBlank @Pattern(regexp = StaffIds.PATTERN, message = StaffIds.MESSAGE) String technicianId) {
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
