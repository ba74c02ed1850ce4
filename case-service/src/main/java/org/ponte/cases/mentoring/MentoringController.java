package org.ponte.cases.mentoring;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.ponte.cases.casework.Case;
import org.ponte.cases.casework.CaseService;
import org.ponte.events.cases.MentoringParticipant;
import org.ponte.events.vocabulary.InterventionArea;
import org.ponte.events.vocabulary.MentoringKind;
import org.ponte.platform.audit.AuditLog;
import org.ponte.platform.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code /api/v1/mentoring-sessions}: a technician records a mentoring session on open cases of the office, and
 * reads the sessions of a case (for its timeline).
 */
@RestController
@RequestMapping("/api/v1/mentoring-sessions")
class MentoringController {

    private final MentoringSessions sessions;
    private final CaseService cases;
    private final AuditLog auditLog;
    private final Clock clock;

    MentoringController(MentoringSessions sessions, CaseService cases, AuditLog auditLog, Clock clock) {
        this.sessions = sessions;
        this.cases = cases;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    record HoldSession(String officeId, @NotNull MentoringKind kind, @NotEmpty @Size(max = 30) List<@NotNull String> caseIds,
                       @NotNull InterventionArea area, @NotNull Instant occurredAt, @NotNull Integer durationMinutes,
                       @Size(max = 500) String topic) {
    }

    record SessionView(String id, String officeId, MentoringKind kind, List<MentoringParticipant> participants,
                       InterventionArea area, Instant occurredAt, int durationMinutes, String topic, String mentorId) {

        static SessionView of(MentoringSession session) {
            return new SessionView(session.id(), session.officeId(), session.kind(), session.participants(), session.area(),
                    session.occurredAt(), session.durationMinutes(), session.topic(), session.mentorId());
        }
    }

    /** The case's sessions, newest first: the office's technicians only, audited as case work. */
    @GetMapping(params = "caseId")
    List<SessionView> ofCase(@AuthenticationPrincipal CurrentUser user, @RequestParam String caseId) {
        Case aCase = cases.caseForTechnician(user, caseId);
        auditLog.read(aCase.beneficiaryId(), "mentoring.sessions", "case work");
        return sessions.findByParticipantsCaseIdOrderByOccurredAtDesc(caseId).stream().map(SessionView::of).toList();
    }

    @PostMapping
    ResponseEntity<SessionView> hold(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody HoldSession request) {
        String officeId = request.officeId() == null || request.officeId().isBlank() ? user.officeId() : request.officeId();
        user.requireTechnicianOf(officeId);
        List<Case> openCases = cases.openCasesOf(officeId, request.caseIds().stream().distinct().toList());
        MentoringSession session = MentoringSession.hold(UUID.randomUUID().toString(), officeId, request.kind(), openCases,
                request.area(), request.occurredAt(), request.durationMinutes(), request.topic(), user.id(), Instant.now(clock));
        openCases.forEach(aCase -> auditLog.changed(aCase.beneficiaryId(), "mentoring.session", "mentoring"));
        MentoringSession saved = sessions.save(session);
        return ResponseEntity.created(URI.create("/api/v1/mentoring-sessions/" + saved.id())).body(SessionView.of(saved));
    }
}
