package org.ponte.notifications.person;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** Whether a person consents to be reminded by message, from case-events: a yes or no, never their address. */
@Document("reminder_consents")
public class ReminderConsent {

    @Id
    String beneficiaryId;
    boolean contactByMessage;
}
