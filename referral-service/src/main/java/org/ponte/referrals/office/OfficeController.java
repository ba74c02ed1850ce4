package org.ponte.referrals.office;

import jakarta.validation.Valid;
import org.ponte.events.vocabulary.Region;
import org.ponte.platform.security.CurrentUser;
import org.ponte.platform.web.ApiProblem;
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
import java.util.List;

/** {@code /api/v1/offices}: the network's offices. Administrators keep them; everyone signed in reads them (no one's personal data). */
@RestController
@RequestMapping("/api/v1/offices")
class OfficeController {

    private final OfficeDirectory directory;

    OfficeController(OfficeDirectory directory) {
        this.directory = directory;
    }

    /** An office as the API answers it. */
    record OfficeView(String id, String name, String municipality, Region region, String caseNumberPrefix, boolean active,
                      long revision, Instant updatedAt) {

        static OfficeView of(Office office) {
            OfficeDetails d = office.details();
            return new OfficeView(office.id(), d.name(), d.municipality(), d.region(), d.caseNumberPrefix(), office.active(),
                    office.revision(), office.updatedAt());
        }
    }

    @PostMapping
    ResponseEntity<OfficeView> create(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody OfficeDetails details) {
        Office created = directory.create(details, user.id());
        return ResponseEntity.created(URI.create("/api/v1/offices/" + created.id())).body(OfficeView.of(created));
    }

    @PutMapping("/{id}")
    OfficeView update(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, @Valid @RequestBody OfficeDetails details) {
        if (details.id() != null && !details.id().equals(id)) {
            throw ApiProblem.ruleViolated("id-mismatch", "id", "The body names another office than the path.");
        }
        return OfficeView.of(directory.update(id, details, user.id()));
    }

    @GetMapping("/{id}")
    OfficeView read(@PathVariable String id) {
        return OfficeView.of(directory.find(id));
    }

    /** Active offices by name; inactive ones too with {@code includeInactive}; those of one NUTS II region with {@code region}. */
    @GetMapping
    List<OfficeView> list(@RequestParam(defaultValue = "false") boolean includeInactive, @RequestParam(required = false) Region region) {
        return directory.all(includeInactive).stream().filter(office -> region == null || office.details().region() == region)
                .map(OfficeView::of).toList();
    }
}
