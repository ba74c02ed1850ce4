package org.ponte.referrals.referral;

import jakarta.validation.Valid;
import org.ponte.events.vocabulary.ReferralStatus;
import org.ponte.platform.security.CurrentUser;
import org.ponte.platform.web.PageResponse;
import org.ponte.platform.web.Paging;
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

import java.util.Map;

/** {@code /api/v1/referrals}: refer, follow up, answer. */
@RestController
@RequestMapping("/api/v1/referrals")
class ReferralController {

    private final ReferralService service;

    ReferralController(ReferralService service) {
        this.service = service;
    }

    @PostMapping
    ResponseEntity<ReferralView> refer(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody ReferralRequests.Refer request) {
        Referral referral = service.refer(user, request);
        return ResponseEntity.created(URI.create("/api/v1/referrals/" + referral.id())).body(service.view(user, referral));
    }

    @GetMapping("/{id}")
    ReferralView read(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        return service.read(user, id);
    }

    /** The orders the list offers besides its own (pending first, by deadline): {@code sort=respondBy}, {@code requestedAt}, {@code status}. */
    private static final Map<String, String> SORTABLE = Map.of("respondBy", "respondBy", "requestedAt", "requestedAt", "status", "status");

    /** Pending first (by deadline), then the rest, newest first, unless {@code sort} asks otherwise. */
    @GetMapping
    PageResponse<ReferralView> list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String caseId,
                                    @RequestParam(required = false) String partnerId, @RequestParam(required = false) ReferralStatus status,
                                    @RequestParam(required = false) Boolean overdue, @RequestParam(required = false) String sort,
                                    @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        PageRequest request = Paging.of(page, size, 100, Paging.sort(sort, SORTABLE,
                Sort.by(Sort.Order.desc("status").with(Sort.NullHandling.NATIVE), Sort.Order.asc("respondBy"))));
        return PageResponse.of(service.list(user, caseId, partnerId, status, overdue, request), r -> service.view(user, r));
    }

    @PostMapping("/{id}/accept")
    ReferralView accept(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
                        @Valid @RequestBody(required = false) ReferralRequests.Note note) {
        return service.view(user, service.accept(user, id, note == null ? null : note.note()));
    }

    @PostMapping("/{id}/decline")
    ReferralView decline(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
                         @Valid @RequestBody ReferralRequests.Decline decline) {
        return service.view(user, service.decline(user, id, decline));
    }

    @PostMapping("/{id}/complete")
    ReferralView complete(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
                          @Valid @RequestBody ReferralRequests.Complete complete) {
        return service.view(user, service.complete(user, id, complete));
    }

    @PostMapping("/{id}/cancel")
    ReferralView cancel(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
                        @Valid @RequestBody(required = false) ReferralRequests.Note note) {
        return service.view(user, service.cancel(user, id, note == null ? null : note.note()));
    }
}
