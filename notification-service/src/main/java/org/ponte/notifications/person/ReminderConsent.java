package org.ponte.notifications.person;

import org.ponte.platform.privacy.Processing;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** Whether a person consents to be reminded by message, from case-events: a yes or no, never their address. */
@Processing(holds = "the person's id and consent to be reminded by e-mail",
        purpose = "sending the reminders the person agreed to",
        kept = "until the person withdraws it or is erased")
@Document("reminder_consents")
public class ReminderConsent {

    @Id
    String beneficiaryId;
    boolean contactByMessage;
}
