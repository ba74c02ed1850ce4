package org.ponte.cases.beneficiary;

import jakarta.validation.Valid;
import org.ponte.platform.security.CurrentUser;
import org.ponte.platform.web.IfMatch;
import org.ponte.platform.web.PageResponse;
import org.ponte.platform.web.Paging;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/** {@code /api/v1/beneficiaries}: people and their consent. */
@RestController
@RequestMapping("/api/v1/beneficiaries")
class BeneficiaryController {

    private final BeneficiaryService service;

    BeneficiaryController(BeneficiaryService service) {
        this.service = service;
    }

    @PostMapping
    ResponseEntity<BeneficiaryView> register(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody BeneficiaryRequest request) {
        Beneficiary registered = service.register(user, request);
        return ResponseEntity.created(URI.create("/api/v1/beneficiaries/" + registered.id())).body(BeneficiaryView.of(registered));
    }

    /** The whole record for technicians of the office; only the shared contact for an entitled partner. */
    @GetMapping("/{id}")
    Object read(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        return service.read(user, id);
    }

    @GetMapping
    PageResponse<BeneficiaryView> search(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String q,
                                         @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        PageRequest request = Paging.of(page, size, 100, Sort.by(Sort.Direction.DESC, "registeredAt")); // names are sealed: the store cannot order by them
        return PageResponse.of(service.search(user, q, request), BeneficiaryView::of);
    }

    /** A correction of the record; {@code If-Match} with the version read makes a concurrent change a 409. */
    @PutMapping("/{id}")
    BeneficiaryView update(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
                           @RequestHeader(name = "If-Match", required = false) String ifMatch,
                           @Valid @RequestBody BeneficiaryRequest request) {
        return BeneficiaryView.of(service.update(user, id, request, IfMatch.version(ifMatch)));
    }

    /** The right to erasure: 204, and the person's data is gone from this service; others follow BeneficiaryErased. */
    @DeleteMapping("/{id}")
    ResponseEntity<Void> erase(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        service.erase(user, id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/consent")
    BeneficiaryView changeConsent(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
                                  @Valid @RequestBody BeneficiaryRequest.ConsentRequest consent) {
        return BeneficiaryView.of(service.changeConsent(user, id, consent.consent()));
    }
}
