package org.ponte.referrals.referral;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.ponte.events.vocabulary.CompletionOutcome;
import org.ponte.events.vocabulary.DeclineReason;
import org.ponte.events.vocabulary.InterventionArea;
import org.ponte.events.vocabulary.ReferralPriority;

import java.time.LocalDate;

/** What technicians and partners send. Either {@code partnerId} or, off-platform, {@code externalOrganisation}. */
final class ReferralRequests {

    private ReferralRequests() {
    }

    record Refer(@NotBlank String caseId, String partnerId, @Size(max = 200) String externalOrganisation,
                 @NotNull InterventionArea area, @NotNull ReferralPriority priority, @NotBlank @Size(max = 2000) String reason,
                 LocalDate followUpOn) {
    }

    record Note(@Size(max = 2000) String note) {
    }

    record Decline(@NotNull DeclineReason reason, @Size(max = 2000) String note) {
    }

    record Complete(@NotNull CompletionOutcome outcome, @Size(max = 2000) String note) {
    }
}
