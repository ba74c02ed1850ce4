package org.ponte.programme.resource;

import org.ponte.events.vocabulary.InterventionArea;
import org.ponte.events.vocabulary.ResourceAudience;
import org.ponte.events.vocabulary.ResourceType;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A resource as the API shows it: {@code files} lists the languages it has a file in, {@code fileSizes} their sizes in bytes. */
record ResourceView(String id, String officeId, ResourceType type, List<InterventionArea> areas, ResourceAudience audience,
                    Map<String, String> titles, Map<String, String> summaries, List<String> files, Map<String, Long> fileSizes,
                    ResourceStatus status, Instant createdAt, Instant publishedAt, Instant withdrawnAt) {

    static ResourceView of(Resource resource) {
        Map<String, Long> sizes = new TreeMap<>();
        resource.files().forEach((language, file) -> sizes.put(language, file.size()));
        return new ResourceView(resource.id(), resource.officeId(), resource.type(), resource.areas(), resource.audience(),
                resource.titles(), resource.summaries(), List.copyOf(sizes.keySet()), sizes, resource.status(), resource.createdAt(),
                resource.publishedAt(), resource.withdrawnAt());
    }
}
