package org.ponte.cases.legalstatus;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.ponte.platform.security.CurrentUser;
import org.ponte.platform.web.PageResponse;
import org.ponte.platform.web.Paging;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

/**
 * A person's legal status ({@code /api/v1/beneficiaries/{id}/legal-status}) and appointments
 * ({@code /api/v1/beneficiaries/{id}/appointments}, {@code /api/v1/appointments/{id}/outcome}), and the office's
 * deadlines ({@code /api/v1/deadlines}).
 */
@RestController
class LegalStatusController {

    private final LegalStatusService service;

    LegalStatusController(LegalStatusService service) {
        this.service = service;
    }

    @PostMapping("/api/v1/beneficiaries/{id}/legal-status")
    ResponseEntity<LegalStatusViews.Timeline> record(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
                                                     @Valid @RequestBody LegalStatusRequests.Entry entry) {
        return ResponseEntity.status(HttpStatus.CREATED).body(service.record(user, id, entry));
    }

    @GetMapping("/api/v1/beneficiaries/{id}/legal-status")
    LegalStatusViews.Timeline timeline(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        return service.timeline(user, id);
    }

    @PostMapping("/api/v1/beneficiaries/{id}/appointments")
    ResponseEntity<LegalStatusViews.AppointmentView> schedule(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
                                                              @Valid @RequestBody LegalStatusRequests.NewAppointment request) {
        Appointment appointment = service.schedule(user, id, request);
        return ResponseEntity.created(URI.create("/api/v1/beneficiaries/" + id + "/appointments"))
                .body(LegalStatusViews.AppointmentView.of(appointment));
    }

    /** Newest first. */
    @GetMapping("/api/v1/beneficiaries/{id}/appointments")
    List<LegalStatusViews.AppointmentView> appointments(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        return service.appointmentsOf(user, id).stream().map(LegalStatusViews.AppointmentView::of).toList();
    }

    @PostMapping("/api/v1/appointments/{id}/outcome")
    LegalStatusViews.AppointmentView outcome(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
                                             @Valid @RequestBody LegalStatusRequests.Outcome outcome) {
        return LegalStatusViews.AppointmentView.of(service.recordOutcome(user, id, outcome));
    }

    /**
     * Soonest first: statuses that expire and appointments to come within {@code withinDays} (30 by default), with the
     * people's names unless {@code names=false} (a count needs none, and reads no one's data).
     */
    @GetMapping("/api/v1/deadlines")
    PageResponse<LegalStatusViews.Deadline> deadlines(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String officeId,
                                                      @RequestParam(defaultValue = "30") @Min(0) @Max(366) int withinDays,
                                                      @RequestParam(defaultValue = "true") boolean names,
                                                      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(service.deadlines(user, officeId, withinDays, names, Paging.of(page, size, 100, Sort.unsorted())), deadline -> deadline);
    }
}
