package org.ponte.cases.legalstatus;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.ponte.events.vocabulary.Agency;
import org.ponte.events.vocabulary.AppointmentOutcome;
import org.ponte.events.vocabulary.LegalStatusCategory;

import java.time.Instant;
import java.time.LocalDate;

/** What technicians send about a person's legal status and appointments. */
final class LegalStatusRequests {

    private LegalStatusRequests() {
    }

    record Entry(@NotNull LegalStatusCategory category, @NotNull LocalDate validFrom, LocalDate validUntil,
                 @Size(max = 100) String documentReference, @Size(max = 2000) String note) {
    }

    record NewAppointment(@NotNull Agency agency, @Size(max = 300) String purpose, @NotNull Instant at, @Size(max = 300) String place) {
    }

    record Outcome(@NotNull AppointmentOutcome outcome, @Size(max = 2000) String note) {
    }
}
