package org.ponte.referrals.partner;

import org.ponte.platform.domain.Conflict;
import org.ponte.platform.domain.NotFound;
import org.ponte.events.vocabulary.InterventionArea;
import org.springframework.stereotype.Service;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** The partner directory: kept by administrators, searched by technicians, read by the referral rules. */
@Service
public class PartnerDirectory {

    private final Partners partners;
    private final Clock clock;

    PartnerDirectory(Partners partners, Clock clock) {
        this.partners = partners;
        this.clock = clock;
    }

    Partner create(PartnerDetails details, String by) {
        String id = details.id() == null ? UUID.randomUUID().toString() : details.id();
        if (partners.existsById(id)) {
            throw new Conflict("duplicate-partner", "A partner with id " + id + " already exists.");
        }
        return partners.save(Partner.create(id, details, by, Instant.now(clock)));
    }

    Partner update(String id, PartnerDetails details, String by) {
        Partner partner = find(id);
        partner.change(details, by, Instant.now(clock));
        return partners.save(partner);
    }

    /** Creates or replaces, for imports: an entry that exists is changed, one that does not is created. */
    Partner upsert(PartnerDetails details, String by) {
        return details.id() != null && partners.existsById(details.id()) ? update(details.id(), details, by) : create(details, by);
    }

    /** Active partners that work in the area and serve the municipality (accents and case ignored), by name. */
    List<Partner> search(InterventionArea area, String municipality, boolean includeInactive) {
        return partners.findAll().stream()
                .filter(partner -> includeInactive || partner.active())
                .filter(partner -> area == null || partner.serves(area))
                .filter(partner -> municipality == null || partner.details().municipalities().stream()
                        .anyMatch(served -> plain(served).equals(plain(municipality))))
                .sorted(Comparator.comparing(partner -> plain(partner.details().name())))
                .toList();
    }

    List<Partner> all() {
        return partners.findAll();
    }

    public Optional<Partner> findById(String id) {
        return partners.findById(id);
    }

    public Partner find(String id) {
        return partners.findById(id).orElseThrow(() -> new NotFound("Partner " + id));
    }

    private static String plain(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).trim();
    }
}
