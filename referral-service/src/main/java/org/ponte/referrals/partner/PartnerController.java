package org.ponte.referrals.partner;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import org.ponte.events.vocabulary.InterventionArea;
import org.ponte.platform.security.CurrentUser;
import org.ponte.platform.web.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
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
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code /api/v1/partners}: the directory. Administrators keep it; everyone signed in may search it. */
@RestController
@RequestMapping("/api/v1/partners")
class PartnerController {

    private final PartnerDirectory directory;
    private final Validator validator;

    PartnerController(PartnerDirectory directory, Validator validator) {
        this.directory = directory;
        this.validator = validator;
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<PartnerView> create(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody PartnerDetails details) {
        Partner created = directory.create(details, user.id());
        return ResponseEntity.created(URI.create("/api/v1/partners/" + created.id())).body(PartnerView.of(created));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    PartnerView update(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, @Valid @RequestBody PartnerDetails details) {
        if (details.id() != null && !details.id().equals(id)) {
            throw ApiProblem.ruleViolated("id-mismatch", "id", "The body names another partner than the path.");
        }
        return PartnerView.of(directory.update(id, details, user.id()));
    }

    @GetMapping("/{id}")
    PartnerView read(@PathVariable String id) {
        return PartnerView.of(directory.find(id));
    }

    @GetMapping
    List<PartnerView> search(@RequestParam(required = false) InterventionArea area, @RequestParam(required = false) String municipality,
                             @RequestParam(defaultValue = "false") boolean includeInactive) {
        return directory.search(area, municipality, includeInactive).stream().map(PartnerView::of).toList();
    }

    /** The whole directory as one page of Open Referral HSDS 3 organizations. */
    @GetMapping("/export")
    Hsds.Page export() {
        return Hsds.Page.of(directory.all().stream().map(Hsds::of).toList());
    }

    /**
     * Creates or updates every organization of an HSDS page ({@code contents}, or {@code organizations}); all are
     * checked before any is stored.
     */
    @PostMapping("/import")
    @PreAuthorize("hasRole('ADMIN')")
    Map<String, Object> importDirectory(@AuthenticationPrincipal CurrentUser user, @RequestBody Hsds.Page document) {
        if (document.contents() == null) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-hsds", "The document has no organizations (contents).");
        }
        List<PartnerDetails> entries = document.contents().stream().map(Hsds::details).toList();
        for (int i = 0; i < entries.size(); i++) {
            Set<ConstraintViolation<PartnerDetails>> violations = validator.validate(entries.get(i));
            if (!violations.isEmpty()) {
                ConstraintViolation<PartnerDetails> first = violations.iterator().next();
                throw ApiProblem.ruleViolated("invalid-hsds", "contents[" + i + "]." + first.getPropertyPath(),
                        "Organization " + i + ": " + first.getPropertyPath() + " " + first.getMessage());
            }
        }
        List<String> ids = entries.stream().map(entry -> directory.upsert(entry, user.id()).id()).toList();
        return Map.of("imported", ids.size(), "ids", ids);
    }
}
