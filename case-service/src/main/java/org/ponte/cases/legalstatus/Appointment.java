package org.ponte.cases.legalstatus;

import org.ponte.events.cases.AppointmentOutcomeRecorded;
import org.ponte.events.cases.AppointmentScheduled;
import org.ponte.events.cases.DeadlineApproaching;
import org.ponte.events.vocabulary.Agency;
import org.ponte.events.vocabulary.AppointmentOutcome;
import org.ponte.events.vocabulary.DeadlineKind;
import org.ponte.platform.domain.Conflict;
import org.ponte.platform.domain.RuleViolated;
import org.ponte.platform.privacy.PersonalRecord;
import org.ponte.platform.privacy.Sealed;
import org.ponte.platform.outbox.AggregateRoot;
import org.ponte.platform.privacy.Processing;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * A person's appointment with an agency (AIMA, social security…): when and where, for what, and then what became of
 * it. Attended or missed can only be said once its time has come; cancelled or rescheduled, at any time. The day
 * before, the office and the person are reminded, once.
 */
@Processing(holds = "the person's appointments with agencies: when, purpose, place and outcome note (sealed)",
        purpose = "following the person's appointments and reminding them",
        kept = "until the person is erased")
@Document("appointments")
@CompoundIndex(name = "office_open", def = "{'officeId': 1, 'outcome': 1, 'at': 1}")
public class Appointment extends AggregateRoot implements PersonalRecord {

    @Id
    private String id;
    private String beneficiaryId;
    private String officeId;
    private Agency agency;
    @Sealed
    private String purpose;
    private Instant at;
    @Sealed
    private String place;
    private AppointmentOutcome outcome;
    @Sealed
    private String outcomeNote;
    private String scheduledBy;
    private Instant scheduledAt;
    private String outcomeBy;
    private Instant outcomeAt;
    private boolean reminded;
    private boolean erased;

    @Override
    public String sealedFor() {
        return beneficiaryId;
    }

    Appointment() {
    }

    static Appointment schedule(String id, String beneficiaryId, String officeId, Agency agency, String purpose, Instant at, String place,
                                String by, Instant now) {
        Appointment appointment = new Appointment();
        appointment.id = id;
        appointment.beneficiaryId = beneficiaryId;
        appointment.officeId = officeId;
        appointment.agency = agency;
        appointment.purpose = purpose;
        appointment.at = at;
        appointment.place = place;
        appointment.scheduledBy = by;
        appointment.scheduledAt = now;
        appointment.publish(new AppointmentScheduled(id, beneficiaryId, officeId, agency, at, by, now), now);
        return appointment;
    }

    void recordOutcome(AppointmentOutcome what, String note, String by, Instant now) {
        if (outcome != null) {
            throw new Conflict("outcome-recorded", "This appointment's outcome is already recorded: " + outcome + ".");
        }
        if ((what == AppointmentOutcome.ATTENDED || what == AppointmentOutcome.MISSED) && at.isAfter(now)) {
            throw new RuleViolated("outcome-in-the-future", "outcome", "The appointment is still to come: it can be cancelled or "
                    + "rescheduled now, and attended or missed only once its time has come.");
        }
        outcome = what;
        outcomeNote = note;
        outcomeBy = by;
        outcomeAt = now;
        publish(new AppointmentOutcomeRecorded(id, beneficiaryId, officeId, agency, at, what, by, now), now);
    }

    /** The day before (in the office's time zone), once, while no outcome is recorded; returns whether it published. */
    boolean remind(ZoneId zone, String caseId, String caseNumber, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalDate day = LocalDate.ofInstant(at, zone);
        long daysLeft = ChronoUnit.DAYS.between(today, day);
        if (erased || reminded || outcome != null || !at.isAfter(now) || daysLeft > 1) {
            return false;
        }
        reminded = true;
        publish(new DeadlineApproaching(id, DeadlineKind.APPOINTMENT, beneficiaryId, officeId, caseId, caseNumber, null, agency, day, at,
                1, (int) daysLeft, now), now);
        return true;
    }

    void erasePersonalText() {
        erased = true;
        purpose = null;
        place = null;
        outcomeNote = null;
    }

    public String id() {
        return id;
    }

    public String beneficiaryId() {
        return beneficiaryId;
    }

    public String officeId() {
        return officeId;
    }

    public Agency agency() {
        return agency;
    }

    public String purpose() {
        return purpose;
    }

    public Instant at() {
        return at;
    }

    public String place() {
        return place;
    }

    public AppointmentOutcome outcome() {
        return outcome;
    }

    public String outcomeNote() {
        return outcomeNote;
    }

    public Instant outcomeAt() {
        return outcomeAt;
    }
}
