package org.ponte.cases.legalstatus;

import org.ponte.cases.beneficiary.Beneficiary;
import org.ponte.cases.beneficiary.BeneficiaryService;
import org.ponte.cases.casework.Case;
import org.ponte.cases.casework.Cases;
import org.ponte.events.vocabulary.DeadlineKind;
import org.ponte.platform.audit.AuditLog;
import org.ponte.platform.domain.InvalidRequest;
import org.ponte.platform.domain.NotAllowed;
import org.ponte.platform.domain.NotFound;
import org.ponte.platform.security.CurrentUser;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The use cases on a person's legal status and appointments: only the technicians of the person's office read or
 * change them, and every read and change is in the audit log, as for the rest of the person's data.
 */
@Service
class LegalStatusService {

    private final LegalStatusTimelines timelines;
    private final Appointments appointments;
    private final BeneficiaryService beneficiaries;
    private final Cases cases;
    private final DeadlineProperties properties;
    private final AuditLog auditLog;
    private final Clock clock;

    LegalStatusService(LegalStatusTimelines timelines, Appointments appointments, BeneficiaryService beneficiaries, Cases cases,
                       DeadlineProperties properties, AuditLog auditLog, Clock clock) {
        this.timelines = timelines;
        this.appointments = appointments;
        this.beneficiaries = beneficiaries;
        this.cases = cases;
        this.properties = properties;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    LegalStatusViews.Timeline record(CurrentUser user, String beneficiaryId, LegalStatusRequests.Entry request) {
        Beneficiary person = personOfTechnician(user, beneficiaryId);
        Instant now = Instant.now(clock);
        LegalStatusTimeline timeline = timelines.findById(beneficiaryId).orElseGet(() -> LegalStatusTimeline.of(beneficiaryId, person.officeId()));
        timeline.record(new LegalStatusEntry(UUID.randomUUID().toString(), request.category(), request.validFrom(), request.validUntil(),
                blankToNull(request.documentReference()), blankToNull(request.note()), user.id(), now), now);
        auditLog.changed(beneficiaryId, "beneficiary.legal-status", "case work");
        return view(timelines.save(timeline));
    }

    LegalStatusViews.Timeline timeline(CurrentUser user, String beneficiaryId) {
        personOfTechnician(user, beneficiaryId);
        auditLog.read(beneficiaryId, "beneficiary.legal-status", "case work");
        return timelines.findById(beneficiaryId).map(this::view)
                .orElseGet(() -> new LegalStatusViews.Timeline(beneficiaryId, null, List.of()));
    }

    Appointment schedule(CurrentUser user, String beneficiaryId, LegalStatusRequests.NewAppointment request) {
        Beneficiary person = personOfTechnician(user, beneficiaryId);
        Instant now = Instant.now(clock);
        Appointment appointment = Appointment.schedule(UUID.randomUUID().toString(), beneficiaryId, person.officeId(), request.agency(),
                blankToNull(request.purpose()), request.at(), blankToNull(request.place()), user.id(), now);
        auditLog.changed(beneficiaryId, "beneficiary.appointment", "case work");
        return appointments.save(appointment);
    }

    List<Appointment> appointmentsOf(CurrentUser user, String beneficiaryId) {
        personOfTechnician(user, beneficiaryId);
        auditLog.read(beneficiaryId, "beneficiary.appointments", "case work");
        return appointments.findByBeneficiaryIdOrderByAtDesc(beneficiaryId);
    }

    Appointment recordOutcome(CurrentUser user, String appointmentId, LegalStatusRequests.Outcome request) {
        Appointment appointment = appointments.findById(appointmentId).filter(found -> user.isTechnicianOf(found.officeId()))
                .orElseThrow(() -> new NotFound("Appointment " + appointmentId));
        appointment.recordOutcome(request.outcome(), blankToNull(request.note()), user.id(), Instant.now(clock));
        auditLog.changed(appointment.beneficiaryId(), "beneficiary.appointment", "case work");
        return appointments.save(appointment);
    }

    /** What falls due at the office within the days: current statuses that expire and appointments still to come, soonest first. */
    Page<LegalStatusViews.Deadline> deadlines(CurrentUser user, String officeId, int withinDays, boolean names, Pageable page) {
        String office = officeId != null ? officeId : user.officeId();
        if (office == null) {
            throw new InvalidRequest("office-required", "Name the office whose deadlines to list.");
        }
        if (!user.isTechnicianOf(office)) {
            throw new NotAllowed("only technicians of the office see its deadlines");
        }
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.ofInstant(now, properties.timeZone());
        LocalDate until = today.plusDays(withinDays);
        List<LegalStatusViews.Deadline> due = new ArrayList<>();
        for (LegalStatusTimeline timeline : timelines.findByOfficeIdAndLatestValidUntilBetween(office, today.minusDays(1), until.plusDays(1))) {
            timeline.current(today).filter(entry -> entry.validUntil() != null && !entry.validUntil().isBefore(today)
                    && !entry.validUntil().isAfter(until)).ifPresent(entry -> due.add(deadline(timeline.beneficiaryId(), entry, today)));
        }
        for (Appointment appointment : appointments.findByOfficeIdAndOutcomeIsNullAndAtBetween(office, now,
                until.plusDays(1).atStartOfDay(properties.timeZone()).toInstant())) {
            due.add(deadline(appointment, today));
        }
        due.sort(Comparator.comparing(LegalStatusViews.Deadline::dueOn).thenComparing(deadline -> deadline.at() == null ? Instant.MIN : deadline.at()));
        int from = (int) Math.min(page.getOffset(), due.size());
        int to = Math.min(from + page.getPageSize(), due.size());
        List<LegalStatusViews.Deadline> shown = due.subList(from, to).stream().map(deadline -> names ? named(deadline) : deadline).toList();
        return new PageImpl<>(shown, page, due.size());
    }

    private LegalStatusViews.Deadline deadline(String beneficiaryId, LegalStatusEntry entry, LocalDate today) {
        Optional<Case> aCase = caseOf(beneficiaryId);
        return new LegalStatusViews.Deadline(DeadlineKind.STATUS_EXPIRY, entry.id(), beneficiaryId, null,
                aCase.map(Case::id).orElse(null), aCase.map(Case::caseNumber).orElse(null), entry.category(), null, entry.validUntil(), null,
                ChronoUnit.DAYS.between(today, entry.validUntil()));
    }

    private LegalStatusViews.Deadline deadline(Appointment appointment, LocalDate today) {
        Optional<Case> aCase = caseOf(appointment.beneficiaryId());
        LocalDate day = LocalDate.ofInstant(appointment.at(), properties.timeZone());
        return new LegalStatusViews.Deadline(DeadlineKind.APPOINTMENT, appointment.id(),
                appointment.beneficiaryId(), null, aCase.map(Case::id).orElse(null), aCase.map(Case::caseNumber).orElse(null), null,
                appointment.agency(), day, appointment.at(), ChronoUnit.DAYS.between(today, day));
    }

    /** The person's name on a deadline the technician sees: a read of their data, audited. */
    private LegalStatusViews.Deadline named(LegalStatusViews.Deadline deadline) {
        String name;
        try {
            name = beneficiaries.find(deadline.beneficiaryId()).personalData().fullName();
            auditLog.read(deadline.beneficiaryId(), "beneficiary.name", "the office's deadlines");
        } catch (NotFound erased) {
            name = null;
        }
        return new LegalStatusViews.Deadline(deadline.kind(), deadline.id(), deadline.beneficiaryId(), name, deadline.caseId(),
                deadline.caseNumber(), deadline.category(), deadline.agency(), deadline.dueOn(), deadline.at(), deadline.daysLeft());
    }

    /** The person's open case (the latest opened), whose number the office knows them by. */
    Optional<Case> caseOf(String beneficiaryId) {
        return cases.findByBeneficiaryId(beneficiaryId).stream().filter(Case::isOpen).max(Comparator.comparing(Case::openedAt));
    }

    private LegalStatusViews.Timeline view(LegalStatusTimeline timeline) {
        LocalDate today = LocalDate.now(clock.withZone(properties.timeZone()));
        return new LegalStatusViews.Timeline(timeline.beneficiaryId(), timeline.current(today).orElse(null), timeline.history());
    }

    private Beneficiary personOfTechnician(CurrentUser user, String beneficiaryId) {
        Beneficiary person = beneficiaries.find(beneficiaryId);
        if (!user.isTechnicianOf(person.officeId())) {
            throw new NotAllowed("only technicians of the person's office see their data");
        }
        return person;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
