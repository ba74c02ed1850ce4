package org.ponte.notifications.person;

import org.ponte.events.cases.Consent;
import org.springframework.stereotype.Component;

/**
 * Who may be reminded: the people whose latest consent says they agree to be contacted by message (from
 * BeneficiaryRegistered and ConsentChanged; an erasure ends it). A reminder to anyone else is never even scheduled;
 * case-service checks the consent again when the address is asked for.
 */
@Component
public class PersonReminders {

    /** The recipient id of a person's reminders: their id, never their address. */
    public static final String PREFIX = "person:";

    private final ReminderConsents consents;

    PersonReminders(ReminderConsents consents) {
        this.consents = consents;
    }

    public void consent(String beneficiaryId, Consent consent) {
        ReminderConsent known = consents.findById(beneficiaryId).orElseGet(ReminderConsent::new);
        known.beneficiaryId = beneficiaryId;
        known.contactByMessage = consent.dataProcessing() && Boolean.TRUE.equals(consent.contactByMessage());
        consents.save(known);
    }

    public void erased(String beneficiaryId) {
        consents.deleteById(beneficiaryId);
    }

    public boolean mayRemind(String beneficiaryId) {
        return consents.findById(beneficiaryId).map(known -> known.contactByMessage).orElse(false);
    }

    public static String recipient(String beneficiaryId) {
        return PREFIX + beneficiaryId;
    }
}
