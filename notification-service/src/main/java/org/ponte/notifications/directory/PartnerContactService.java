package org.ponte.notifications.directory;

import org.ponte.events.EventEnvelope;
import org.ponte.events.PonteEvent;
import org.ponte.events.partners.PartnerDeactivated;
import org.ponte.events.partners.PartnerUpserted;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The partner directory as this service keeps it, from the compacted {@code partner-directory} topic: a
 * snapshot replaces the copy only if its revision is newer, so replays and old snapshots change nothing.
 */
@Component
public class PartnerContactService {

    private final PartnerContacts store;

    PartnerContactService(PartnerContacts store) {
        this.store = store;
    }

    public Optional<PartnerContact> find(String partnerId) {
        return store.findById(partnerId);
    }

    void apply(EventEnvelope<? extends PonteEvent> envelope) {
        if (envelope.data() instanceof PartnerUpserted upserted) {
            PartnerContact contact = store.findById(upserted.partnerId()).orElseGet(PartnerContact::new);
            if (contact.partnerId != null && contact.revision >= upserted.revision()) {
                return;
            }
            contact.partnerId = upserted.partnerId();
            contact.name = upserted.name();
            contact.email = upserted.email();
            contact.preferredLanguage = upserted.preferredLanguage();
            contact.active = upserted.active();
            contact.revision = upserted.revision();
            store.save(contact);
        } else if (envelope.data() instanceof PartnerDeactivated deactivated) {
            store.findById(deactivated.partnerId()).filter(contact -> contact.revision < deactivated.revision()).ifPresent(contact -> {
                contact.active = false;
                contact.revision = deactivated.revision();
                store.save(contact);
            });
        }
    }
}
