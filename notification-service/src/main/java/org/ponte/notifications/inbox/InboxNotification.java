package org.ponte.notifications.inbox;

import org.ponte.events.vocabulary.RecipientRole;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/** A notification in a technician's or a partner organisation's in-app inbox. Carries no personal data. */
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
    String subject;
    String text;
    String link;
    Instant createdAt;
    Instant readAt;

    public static InboxNotification of(String id, RecipientRole role, String recipientId, String kind, String referralId,
                                       String referenceNumber, String subject, String text, String link, Instant now) {
        InboxNotification notification = new InboxNotification();
        notification.id = id;
        notification.recipientRole = role;
        notification.recipientId = recipientId;
        notification.kind = kind;
        notification.referralId = referralId;
        notification.referenceNumber = referenceNumber;
        notification.subject = subject;
        notification.text = text;
        notification.link = link;
        notification.createdAt = now;
        return notification;
    }
}
