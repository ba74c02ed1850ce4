package org.ponte.auth;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.Comparator;
import java.util.List;

/**
 * {@code GET /api/v1/staff?officeId=}: the people who work at an office (its technicians and managers), so that a
 * technician picks a colleague from a list to assign a case to. An office's own technicians and managers read its
 * staff, an administrator any office's; anyone else is refused (403). User ids, names and roles only.
 */
@RestController
class StaffController {

    private static final List<String> STAFF_ROLES = List.of("TECHNICIAN", "MANAGER");

    private final Accounts accounts;

    StaffController(Accounts accounts) {
        this.accounts = accounts;
    }

    /** A person of the office: {@code id} is the user id their tokens carry (what cases name the technician by). */
    record StaffMember(String id, String name, List<String> roles) {
    }

    @GetMapping(value = "/api/v1/staff", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> staff(@AuthenticationPrincipal Jwt caller, @RequestParam(required = false) String officeId) {
        List<String> roles = caller.getClaimAsStringList("roles") == null ? List.of() : caller.getClaimAsStringList("roles");
        String ownOffice = caller.getClaimAsString("officeId");
        String office = officeId == null || officeId.isBlank() ? ownOffice : officeId;
        boolean allowed = roles.contains("ADMIN")
                || (office != null && office.equals(ownOffice) && roles.stream().anyMatch(STAFF_ROLES::contains));
        if (!allowed) {
            return refused(HttpStatus.FORBIDDEN, "access-denied", "Only the office's own staff and administrators read its staff.");
        }
        if (office == null) {
            return refused(HttpStatus.BAD_REQUEST, "office-required", "Name the office whose staff to list.");
        }
        return ResponseEntity.ok(accounts.peopleOf(office).stream()
                .filter(person -> person.roles().stream().anyMatch(STAFF_ROLES::contains))
                .map(person -> new StaffMember(person.id(), person.name(), person.roles()))
                .sorted(Comparator.comparing(StaffMember::name, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList());
    }

    static ResponseEntity<ProblemDetail> refused(HttpStatus status, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:ponte:problem:" + type));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
