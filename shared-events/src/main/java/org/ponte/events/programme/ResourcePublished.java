package org.ponte.events.programme;

import org.ponte.events.vocabulary.InterventionArea;
import org.ponte.events.vocabulary.ResourceAudience;
import org.ponte.events.vocabulary.ResourceType;

import java.time.Instant;
import java.util.List;

import static org.ponte.events.Require.listOf;
import static org.ponte.events.Require.nonEmpty;
import static org.ponte.events.Require.present;

/** A guide or publication became public, in the languages it has a file in (ISO 639-1); titles stay in programme-service. */
public record ResourcePublished(
        String resourceId,
        String officeId,
        ResourceType type,
        List<InterventionArea> areas,
        ResourceAudience audience,
        List<String> languages,
        String publishedBy,
        Instant publishedAt) implements ResourceEvent {

    public ResourcePublished {
        present(resourceId, "resourceId");
        present(officeId, "officeId");
        present(type, "type");
        areas = listOf(areas);
        present(audience, "audience");
        languages = nonEmpty(languages, "languages");
        present(publishedBy, "publishedBy");
        present(publishedAt, "publishedAt");
    }
}
