package org.ponte.cases.legalstatus;

import org.ponte.events.vocabulary.Agency;
import org.ponte.events.vocabulary.AppointmentOutcome;
import org.ponte.events.vocabulary.DeadlineKind;
import org.ponte.events.vocabulary.LegalStatusCategory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the API shows of legal status, appointments and deadlines. */
final class LegalStatusViews {

    private LegalStatusViews() {
    }

    /** The current entry (null when there is none) and every entry, newest start first. */
    record Timeline(String beneficiaryId, LegalStatusEntry current, List<LegalStatusEntry> history) {
    }

    record AppointmentView(String id, String beneficiaryId, String officeId, Agency agency, String purpose, Instant at, String place,
                           AppointmentOutcome outcome, String outcomeNote, Instant outcomeAt) {

        static AppointmentView of(Appointment appointment) {
            return new AppointmentView(appointment.id(), appointment.beneficiaryId(), appointment.officeId(), appointment.agency(),
                    appointment.purpose(), appointment.at(), appointment.place(), appointment.outcome(), appointment.outcomeNote(),
                    appointment.outcomeAt());
        }
    }

    /**
     * One thing that falls due: a status that expires ({@code dueOn}, its {@code category}) or an appointment ({@code at},
     * its {@code agency}), with the person's name for the office's technicians.
     */
    record Deadline(DeadlineKind kind, String id, String beneficiaryId, String fullName, String caseId, String caseNumber,
                    LegalStatusCategory category, Agency agency, LocalDate dueOn, Instant at, long daysLeft) {
    }
}
