package org.ponte.platform.audit;

import org.ponte.platform.web.ApiProblem;
import org.ponte.platform.web.PageResponse;
import org.ponte.platform.web.Paging;
import org.ponte.platform.web.StorableTime;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

import java.util.Map;

/** {@code GET /api/v1/audit?subjectId=&from=&to=&page=&size=}: the audit log, for administrators only. */
@RestController
@RequestMapping("/api/v1/audit")
class AuditController {

    static final int MAX_PAGE_SIZE = 200;

    private final AuditLog auditLog;

    AuditController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @GetMapping
    PageResponse<AuditEntry> search(@RequestParam(required = false) String subjectId,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
                                    @RequestParam(required = false) String sort,
                                    @RequestParam(defaultValue = "0") int page,
                                    @RequestParam(defaultValue = "50") int size) {
        StorableTime.requireStorable("from", from);
        StorableTime.requireStorable("to", to);
        if (from != null && to != null && !from.isBefore(to)) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-period", "from must be before to");
        }
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-page", "page must be 0 or more and size between 1 and " + MAX_PAGE_SIZE);
        }
        Sort order = Paging.sort(sort, Map.of("at", "at", "action", "action", "actor", "actorId"), Sort.by(Sort.Direction.DESC, "at"));
        return PageResponse.of(auditLog.search(subjectId, from, to, PageRequest.of(page, size, order)), entry -> entry);
    }
}
