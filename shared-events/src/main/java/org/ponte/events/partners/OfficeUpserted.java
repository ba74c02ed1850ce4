package org.ponte.events.partners;

import org.ponte.events.OrganisationData;
import org.ponte.events.vocabulary.Region;

import java.time.Instant;

import static org.ponte.events.Require.present;

/**
 * The full directory entry of one of the network's offices after a change: what every service that needs an
 * office's name, region or case-number prefix learns it from. Keyed {@code office:<officeId>} so that an office
 * and a partner of the same id never compact each other away.
 *
 * @param caseNumberPrefix the letters case numbers of the office begin with ({@code LIS-2026-000123})
 * @param active           an inactive office keeps its history and figures but opens no new cases
 */
public record OfficeUpserted(
        String officeId,
        long revision,
        @OrganisationData String name,
        @OrganisationData String municipality,
        Region region,
        String caseNumberPrefix,
        boolean active,
        Instant updatedAt) implements DirectoryEvent {

    public static final String KEY_PREFIX = "office:";

    public OfficeUpserted {
        present(officeId, "officeId");
        present(name, "name");
        present(municipality, "municipality");
        present(region, "region");
        present(caseNumberPrefix, "caseNumberPrefix");
        present(updatedAt, "updatedAt");
    }

    @Override
    public String aggregateId() {
        return KEY_PREFIX + officeId;
    }
}
