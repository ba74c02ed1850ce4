package org.ponte.notifications.delivery;

import org.ponte.events.vocabulary.RecipientRole;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/** What a source event means for one recipient, before it is sent over each of the recipient's channels. */
public record Notice(String sourceEventId, String sourceType, Instant sourceOccurredAt, RecipientRole recipientRole, String recipientId,
                     String referralId) {

    /** The same source event for the same recipient is the same notification, whatever the channel. */
    public String notificationId() {
        return UUID.nameUUIDFromBytes((sourceEventId + "|" + recipientRole + "|" + recipientId).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
