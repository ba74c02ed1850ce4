package org.ponte.notifications.inbox;

import org.ponte.events.vocabulary.RecipientRole;
import org.ponte.notifications.wording.Message;
import org.ponte.notifications.wording.NotificationContent;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * A notification in a technician's or a partner organisation's in-app inbox. Carries no personal data. It keeps
 * its {@link NotificationContent}, and is put into words in the reader's language each time it is shown.
 */
@Document("inbox")
@CompoundIndex(name = "recipient", def = "{'recipientRole': 1, 'recipientId': 1, 'createdAt': -1}")
public class InboxNotification {

    @Id
    String id;
    RecipientRole recipientRole;
    String recipientId;
    String kind;
    String referralId;
    String referenceNumber;
    NotificationContent wording;
    /** Only in notifications stored before the wording was kept: their words, in Portuguese. */
    String subject;
    String text;
    String link;
    Instant createdAt;
    Instant readAt;

    public static InboxNotification of(String id, RecipientRole role, String recipientId, String referralId, NotificationContent wording,
                                       Instant now) {
        InboxNotification notification = new InboxNotification();
        notification.id = id;
        notification.recipientRole = role;
        notification.recipientId = recipientId;
        notification.kind = wording.kind();
        notification.referralId = referralId;
        notification.referenceNumber = wording.referenceNumber();
        notification.wording = wording;
        notification.link = wording.link();
        notification.createdAt = now;
        return notification;
    }

    Message in(String language) {
        return wording != null ? wording.in(language) : new Message(subject, text);
    }
}
