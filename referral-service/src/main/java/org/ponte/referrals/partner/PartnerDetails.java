package org.ponte.referrals.partner;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.ponte.events.vocabulary.InterventionArea;

import java.util.List;

/**
 * A partner organisation's directory entry as an administrator keeps it, after Open Referral HSDS: the
 * organisation and the services it offers. {@code urgentResponseDays} / {@code routineResponseDays} override
 * the default response deadlines (working days) to match the partner's own protocol.
 */
public record PartnerDetails(
        @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,62}", message = "must be lower-case letters, digits and dashes") String id,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 2000) String description,
        @NotBlank @Email String email,
        @NotNull @Pattern(regexp = "[a-z]{2}", message = "must be an ISO 639-1 code such as pt") String preferredLanguage,
        @NotNull List<@NotNull InterventionArea> areas,
        @NotNull List<@NotBlank String> municipalities,
        List<@Pattern(regexp = "[a-z]{2}") String> languages,
        List<@Valid Offering> services,
        Boolean active,
        @Min(1) @Max(30) Integer urgentResponseDays,
        @Min(1) @Max(60) Integer routineResponseDays) {

    public PartnerDetails {
        languages = languages == null ? List.of() : List.copyOf(languages);
        services = services == null ? List.of() : List.copyOf(services);
        areas = List.copyOf(areas == null ? List.of() : areas);
        municipalities = List.copyOf(municipalities == null ? List.of() : municipalities);
    }

    boolean isActive() {
        return active == null || active;
    }

    /** One service the organisation offers (an HSDS service). */
    public record Offering(@NotBlank @Size(max = 100) String id, @NotBlank @Size(max = 200) String name,
                           @Size(max = 2000) String description, @NotNull List<@NotNull InterventionArea> areas) {
    }
}
