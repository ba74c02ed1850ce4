package org.ponte.cases.casework;

import org.ponte.platform.domain.NotFound;
import org.ponte.platform.domain.RuleViolated;
import io.micrometer.core.instrument.MeterRegistry;
import org.ponte.cases.office.OfficeDirectory;
import org.ponte.cases.beneficiary.Beneficiary;
import org.ponte.cases.beneficiary.BeneficiaryService;
import org.ponte.events.vocabulary.CaseStatus;
import org.ponte.events.vocabulary.InterventionArea;
import org.ponte.platform.audit.AuditLog;
import org.ponte.platform.security.CurrentUser;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** The use cases on cases and attendances; the aggregates hold the rules, this class loads, checks access and saves. */
@Service
public class CaseService {

    private final Cases cases;
    private final Attendances attendances;
    private final CaseNumbers caseNumbers;
    private final OfficeDirectory offices;
    private final BeneficiaryService beneficiaries;
    private final AuditLog auditLog;
    private final MeterRegistry meters;
    private final Clock clock;

    CaseService(Cases cases, Attendances attendances, CaseNumbers caseNumbers, OfficeDirectory offices, BeneficiaryService beneficiaries,
                AuditLog auditLog, MeterRegistry meters, Clock clock) {
        this.offices = offices;
        this.cases = cases;
        this.attendances = attendances;
        this.caseNumbers = caseNumbers;
        this.beneficiaries = beneficiaries;
        this.auditLog = auditLog;
        this.meters = meters;
        this.clock = clock;
    }

    Case open(CurrentUser user, CaseRequests.OpenCase request) {
        Beneficiary beneficiary = beneficiaries.find(request.beneficiaryId());
        String officeId = request.officeId() == null || request.officeId().isBlank() ? beneficiary.officeId() : request.officeId();
        user.requireTechnicianOf(officeId);
        offices.requireActive(officeId);
        Instant now = now();
        Case opened = Case.open(UUID.randomUUID().toString(), caseNumbers.next(officeId, Year.from(now.atZone(ZoneOffset.UTC))),
                beneficiary, officeId, request.assignee(), request.areas(), user.id(), now);
        auditLog.changed(beneficiary.id(), "case.opened", "case work");
        return cases.save(opened);
    }

    /** A case for the office's technicians and managers; it names no one, so managers may see it. */
    public Case read(CurrentUser user, String id) {
        Case aCase = find(id);
        user.requireOffice(aCase.officeId());
        return aCase;
    }

    /** The office's cases, newest first; a person's ({@code beneficiaryId}) whatever their status or technician. */
    Page<Case> list(CurrentUser user, String officeId, CaseStatus status, String assignedTechnicianId, String beneficiaryId, Pageable page) {
        String office = officeId == null || officeId.isBlank() ? user.officeId() : officeId;
        if (office == null) {
            throw new RuleViolated("office-required", "officeId", "Name the office whose cases to list.");
        }
        user.requireOffice(office);
        if (beneficiaryId != null && !beneficiaryId.isBlank()) {
            return cases.findByOfficeIdAndBeneficiaryId(office, beneficiaryId, page);
        }
        if (assignedTechnicianId != null) {
            return status == null
                    ? cases.findByOfficeIdAndAssignedTechnicianId(office, assignedTechnicianId, page)
                    : cases.findByOfficeIdAndStatusAndAssignedTechnicianId(office, status, assignedTechnicianId, page);
        }
        return status == null ? cases.findByOfficeId(office, page) : cases.findByOfficeIdAndStatus(office, status, page);
    }

    /** The names of the people of a page of the office's cases, for the office's technicians (403 for anyone else). */
    java.util.Map<String, String> namesOf(CurrentUser user, String officeId, Page<Case> page) {
        String office = officeId == null || officeId.isBlank() ? user.officeId() : officeId;
        return beneficiaries.namesOf(user, office, page.map(Case::beneficiaryId).toList(), "the office's cases");
    }

    Case assign(CurrentUser user, String id, String technicianId) {
        Case aCase = forTechnician(user, id);
        aCase.assign(technicianId, user.id(), now());
        auditLog.changed(aCase.beneficiaryId(), "case.assigned", "case work");
        return cases.save(aCase);
    }

    Case close(CurrentUser user, String id, CaseRequests.CloseCase request) {
        Case aCase = forTechnician(user, id);
        aCase.close(request.reason(), request.note(), user.id(), now());
        auditLog.changed(aCase.beneficiaryId(), "case.closed", "case work");
        return cases.save(aCase);
    }

    Case reopen(CurrentUser user, String id) {
        Case aCase = forTechnician(user, id);
        aCase.reopen(user.id(), now());
        auditLog.changed(aCase.beneficiaryId(), "case.reopened", "case work");
        return cases.save(aCase);
    }

    /**
     * Records an attendance. The case's rules are checked on the case as read, and the attendance is stored as its own
     * document with its event in its own outbox: the case is not rewritten, so any number of attendances recorded at
     * the same moment on one case are all stored. A case closed (or a consent withdrawn) before that read refuses the
     * attendance; a close stored after it comes after the attendance, as if it had been saved a moment earlier.
     */
    Attendance recordAttendance(CurrentUser user, String caseId, CaseRequests.RecordAttendance request) {
        Case aCase = forTechnician(user, caseId);
        Beneficiary beneficiary = beneficiaries.find(aCase.beneficiaryId());
        Attendance attendance = aCase.recordAttendance(UUID.randomUUID().toString(), request.occurredAt(), request.channel(),
                request.areas(), request.durationMinutes(), request.summary(), request.outcome(), user.id(), beneficiary, now());
        auditLog.changed(aCase.beneficiaryId(), "attendance.recorded", "case work");
        Attendance saved = attendances.insert(attendance);
        meters.counter("ponte.attendances.recorded", "channel", saved.channel().name(), "office", saved.officeId()).increment();
        for (InterventionArea area : saved.areas()) {
            meters.counter("ponte.attendances.areas", "area", area.name()).increment();
        }
        return saved;
    }

    /** Attendances carry free-text summaries about the person: technicians of the office only, audited. */
    Page<Attendance> attendances(CurrentUser user, String caseId, Pageable page) {
        Case aCase = forTechnician(user, caseId);
        auditLog.read(aCase.beneficiaryId(), "attendance.list", "case work");
        return attendances.findByCaseId(caseId, page);
    }

    /** A case as the office's technicians see it, for what is recorded about it elsewhere (its mentoring sessions). */
    public Case caseForTechnician(CurrentUser user, String caseId) {
        return forTechnician(user, caseId);
    }

    /**
     * Open cases of an office, for a mentoring session; fails naming the first case that is not one. A case of another
     * office is answered like one that does not exist, by the id the caller gave: its number is not theirs to learn.
     */
    public List<Case> openCasesOf(String officeId, List<String> caseIds) {
        List<Case> found = cases.findByIdIn(caseIds);
        for (String caseId : caseIds) {
            Case aCase = found.stream().filter(c -> c.id().equals(caseId) && c.officeId().equals(officeId)).findFirst()
                    .orElseThrow(() -> new RuleViolated("unknown-case", "caseIds",
                            "Case " + caseId + " does not exist or is not a case of this office."));
            if (!aCase.isOpen()) {
                throw new RuleViolated("case-closed", "caseIds", "Case " + aCase.caseNumber() + " is closed.");
            }
        }
        return found;
    }

    private Case forTechnician(CurrentUser user, String id) {
        Case aCase = find(id);
        user.requireCaseWorker("only technicians work on cases");
        user.requireTechnicianOf(aCase.officeId());
        return aCase;
    }

    private Case find(String id) {
        return cases.findById(id).orElseThrow(() -> new NotFound("Case " + id));
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
