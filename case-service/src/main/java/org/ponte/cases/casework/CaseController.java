package org.ponte.cases.casework;

import jakarta.validation.Valid;
import org.ponte.events.vocabulary.CaseStatus;
import org.ponte.platform.security.CurrentUser;
import org.ponte.platform.web.PageResponse;
import org.ponte.platform.web.Paging;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** {@code /api/v1/cases}: cases and their attendances. */
@RestController
@RequestMapping("/api/v1/cases")
class CaseController {

    /** The orders the case list offers: {@code sort=caseNumber}, {@code openedAt} or {@code status}, each {@code ,asc} or {@code ,desc}. */
    private static final Map<String, String> SORTABLE = Map.of("caseNumber", "caseNumber", "openedAt", "openedAt", "status", "status");

    private final CaseService service;
    private final CaseReferrals referrals;

    CaseController(CaseService service, CaseReferrals referrals) {
        this.service = service;
        this.referrals = referrals;
    }

    @PostMapping
    ResponseEntity<CaseViews.CaseView> open(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody CaseRequests.OpenCase request) {
        Case opened = service.open(user, request);
        return ResponseEntity.created(URI.create("/api/v1/cases/" + opened.id())).body(view(opened));
    }

    @GetMapping("/{id}")
    CaseViews.CaseView read(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        return view(service.read(user, id));
    }

    @GetMapping
    PageResponse<CaseViews.CaseView> list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String officeId,
                                          @RequestParam(required = false) CaseStatus status,
                                          @RequestParam(required = false) String assignedTechnicianId,
                                          @RequestParam(required = false) String beneficiaryId,
                                          @RequestParam(defaultValue = "false") boolean names,
                                          @RequestParam(required = false) String sort,
                                          @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        PageRequest request = Paging.of(page, size, 100, Paging.sort(sort, SORTABLE, Sort.by(Sort.Direction.DESC, "openedAt")));
        Page<Case> cases = service.list(user, officeId, status, assignedTechnicianId, beneficiaryId, request);
        Map<String, String> named = names ? service.namesOf(user, officeId, cases) : Map.of();
        return PageResponse.of(cases, aCase -> CaseViews.CaseView.of(aCase, List.of()).named(named.get(aCase.beneficiaryId())));
    }

    @PostMapping("/{id}/assign")
    CaseViews.CaseView assign(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
                              @Valid @RequestBody CaseRequests.AssignCase request) {
        return view(service.assign(user, id, request.technicianId()));
    }

    @PostMapping("/{id}/close")
    CaseViews.CaseView close(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
                             @Valid @RequestBody CaseRequests.CloseCase request) {
        return view(service.close(user, id, request));
    }

    @PostMapping("/{id}/reopen")
    CaseViews.CaseView reopen(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
                              @Valid @RequestBody(required = false) CaseRequests.ReopenCase request) {
        return view(service.reopen(user, id));
    }

    @PostMapping("/{id}/attendances")
    ResponseEntity<CaseViews.AttendanceView> recordAttendance(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
                                                              @Valid @RequestBody CaseRequests.RecordAttendance request) {
        Attendance attendance = service.recordAttendance(user, id, request);
        return ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/attendances/" + attendance.id()))
                .body(CaseViews.AttendanceView.of(attendance));
    }

    @GetMapping("/{id}/attendances")
    PageResponse<CaseViews.AttendanceView> attendances(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
                                                       @RequestParam(defaultValue = "0") int page,
                                                       @RequestParam(defaultValue = "50") int size) {
        PageRequest request = Paging.of(page, size, 200, Sort.by(Sort.Direction.DESC, "occurredAt"));
        return PageResponse.of(service.attendances(user, id, request), CaseViews.AttendanceView::of);
    }

    private CaseViews.CaseView view(Case aCase) {
        return CaseViews.CaseView.of(aCase, referrals.of(aCase.id()));
    }
}
