package org.ponte.referrals.partner;

import org.ponte.events.vocabulary.InterventionArea;

import java.time.Instant;
import java.util.List;

/** A directory entry as the API answers it. */
record PartnerView(String id, String name, String description, String email, String preferredLanguage,
                   List<InterventionArea> areas, List<String> municipalities, List<String> languages,
                   List<PartnerDetails.Offering> services, boolean active, Integer urgentResponseDays,
                   Integer routineResponseDays, long revision, Instant updatedAt) {

    static PartnerView of(Partner partner) {
        PartnerDetails d = partner.details();
        return new PartnerView(partner.id(), d.name(), d.description(), d.email(), d.preferredLanguage(), d.areas(),
                d.municipalities(), d.languages(), d.services(), partner.active(), d.urgentResponseDays(), d.routineResponseDays(),
                partner.revision(), partner.updatedAt());
    }
}
