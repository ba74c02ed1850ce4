package org.ponte.programme.activity;

import jakarta.validation.Valid;
import org.ponte.events.vocabulary.ActivityType;
import org.ponte.platform.security.CurrentUser;
import org.ponte.platform.web.PageResponse;
import org.ponte.platform.web.Paging;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;

import java.util.Map;

/** {@code /api/v1/activities}: schedule, change, record as held with participants, cancel, read. */
@RestController
@RequestMapping("/api/v1/activities")
class ActivityController {

    private final ActivityService service;

    ActivityController(ActivityService service) {
        this.service = service;
    }

    @PostMapping
    ResponseEntity<ActivityView> schedule(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody ActivityRequests.Schedule request) {
        Activity activity = service.schedule(user, request);
        return ResponseEntity.created(URI.create("/api/v1/activities/" + activity.id())).body(service.view(user, activity));
    }

    @PutMapping("/{id}")
    ActivityView change(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
                        @Valid @RequestBody ActivityRequests.Schedule request) {
        return service.view(user, service.change(user, id, request));
    }

    @GetMapping("/{id}")
    ActivityView read(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        return service.read(user, id);
    }

    /** The orders the list offers besides its own (latest start first). */
    private static final Map<String, String> SORTABLE = Map.of("startsAt", "startsAt", "title", "title", "type", "type", "status", "status");

    /** Latest start first unless {@code sort} asks otherwise; {@code from} and {@code to} bound the start (inclusive, exclusive). */
    @GetMapping
    PageResponse<ActivityView> list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String officeId,
                                    @RequestParam(required = false) ActivityType type, @RequestParam(required = false) ActivityStatus status,
                                    @RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
                                    @RequestParam(required = false) String sort,
                                    @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(service.list(user, officeId, type, status, from, to,
                Paging.of(page, size, 100, Paging.sort(sort, SORTABLE, Sort.by(Sort.Order.desc("startsAt"))))), activity -> service.view(user, activity));
    }

    @PostMapping("/{id}/held")
    ActivityView held(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, @Valid @RequestBody ActivityRequests.Held request) {
        return service.view(user, service.held(user, id, request));
    }

    @PostMapping("/{id}/cancel")
    ActivityView cancel(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        return service.view(user, service.cancel(user, id));
    }
}
