package org.ponte.notifications.directory;

import org.ponte.events.partners.PartnerDeactivated;
import org.ponte.events.partners.PartnerUpserted;
import org.ponte.platform.messaging.EventHandlers;
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

    /** What this service does with the directory's events, one handler per type. */
    EventHandlers handlers() {
        return EventHandlers.create()
                .on(PartnerUpserted.class, this::upserted)
                .on(PartnerDeactivated.class, this::deactivated);
    }

    private void upserted(PartnerUpserted upserted) {
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
    }

    private void deactivated(PartnerDeactivated deactivated) {
        store.findById(deactivated.partnerId()).filter(contact -> contact.revision < deactivated.revision()).ifPresent(contact -> {
            contact.active = false;
            contact.revision = deactivated.revision();
            store.save(contact);
        });
    }
}
