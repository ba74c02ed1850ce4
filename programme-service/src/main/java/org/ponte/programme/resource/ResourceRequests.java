package org.ponte.programme.resource;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.ponte.events.vocabulary.InterventionArea;
import org.ponte.events.vocabulary.ResourceAudience;
import org.ponte.events.vocabulary.ResourceType;

import java.util.List;
import java.util.Map;

/** What technicians send about resources; the files travel on their own, one request per language. */
final class ResourceRequests {

    private ResourceRequests() {
    }

    record Create(@NotBlank @Size(max = 64) String officeId, @NotNull ResourceType type,
                  @Size(max = 20) List<@NotNull InterventionArea> areas, @NotNull ResourceAudience audience,
                  @NotEmpty @Size(max = 10) Map<@NotNull @Pattern(regexp = "[a-z]{2}", message = "must be an ISO 639-1 code") String,
                          @NotBlank @Size(max = 300) String> titles,
                  @NotEmpty @Size(max = 10) Map<@NotNull @Pattern(regexp = "[a-z]{2}", message = "must be an ISO 639-1 code") String,
                          @NotBlank @Size(max = 3000) String> summaries) {

        Resource.Description description() {
            return new Resource.Description(type, areas, audience, titles, summaries);
        }
    }
}
