package org.ponte.referrals.office;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.ponte.events.vocabulary.Region;

/**
 * One of the network's offices as an administrator keeps it. {@code id} is what tokens, cases and reports name the
 * office by ({@code lisboa}); {@code caseNumberPrefix} is what its case numbers begin with ({@code LIS-2026-000123}).
 */
public record OfficeDetails(
        @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,62}", message = "must be lower-case letters, digits and dashes") String id,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 100) String municipality,
        @NotNull Region region,
        @NotNull @Pattern(regexp = "[A-Z]{2,5}", message = "must be two to five capital letters") String caseNumberPrefix,
        Boolean active) {

    boolean isActive() {
        return active == null || active;
    }
}
