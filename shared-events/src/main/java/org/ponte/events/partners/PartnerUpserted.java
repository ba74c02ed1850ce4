package org.ponte.events.partners;

import org.ponte.events.OrganisationData;
import org.ponte.events.vocabulary.InterventionArea;

import java.time.Instant;
import java.util.List;

import static org.ponte.events.Require.listOf;
import static org.ponte.events.Require.present;

/**
 * The full public directory entry of a partner organisation after a change. Never a secret: webhook
 * endpoints and their signing secrets belong to notification-service. {@code preferredLanguage} (ISO 639-1)
 * is the language notifications to the partner are written in; {@code languages} are those it serves people in.
 */
public record PartnerUpserted(
        String partnerId,
        long revision,
        @OrganisationData String name,
        List<InterventionArea> areas,
        @OrganisationData List<String> municipalities,
        List<String> languages,
        String preferredLanguage,
        @OrganisationData String email,
        boolean active,
        List<PartnerServiceSnapshot> services,
        Instant updatedAt) implements PartnerDirectoryEvent {

    public PartnerUpserted {
        present(partnerId, "partnerId");
        present(name, "name");
        areas = listOf(areas);
        municipalities = listOf(municipalities);
        languages = listOf(languages);
        present(preferredLanguage, "preferredLanguage");
        services = listOf(services);
        present(updatedAt, "updatedAt");
    }
}
