package org.ponte.notifications.person;

import org.ponte.platform.privacy.SubjectAccess;
import org.springframework.stereotype.Component;

import java.util.Map;

/** Whether the person agreed to be reminded by e-mail (their address is never kept here). */
@Component
class ReminderSubjectAccess implements SubjectAccess {

    private final ReminderConsents consents;

    ReminderSubjectAccess(ReminderConsents consents) {
        this.consents = consents;
    }

    @Override
    public Map<String, Object> holdingsOf(String personId) {
        return consents.findById(personId).<Map<String, Object>>map(consent -> Map.of("reminderConsent",
                Map.of("contactByMessage", consent.contactByMessage))).orElse(Map.of());
    }
}
