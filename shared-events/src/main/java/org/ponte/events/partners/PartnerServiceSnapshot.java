package org.ponte.events.partners;

import org.ponte.events.OrganisationData;
import org.ponte.events.vocabulary.InterventionArea;

import java.util.List;

import static org.ponte.events.Require.listOf;
import static org.ponte.events.Require.present;

/** One service a partner offers (an Open Referral HSDS service), with the areas it covers. */
public record PartnerServiceSnapshot(
        String serviceId,
        @OrganisationData String name,
        List<InterventionArea> areas) {

    public PartnerServiceSnapshot {
        present(serviceId, "serviceId");
        present(name, "name");
        areas = listOf(areas);
    }
}
