package org.ponte.events.notifications;

import org.ponte.events.vocabulary.NotificationChannel;
import org.ponte.events.vocabulary.RecipientRole;

import java.time.Instant;

import static org.ponte.events.Require.positive;
import static org.ponte.events.Require.present;

/** A notification reached its recipient over one channel, after {@code attempts} tries. {@code referralId} is optional. */
public record NotificationDelivered(
        String notificationId,
        String deliveryId,
        NotificationChannel channel,
        RecipientRole recipientRole,
        String recipientId,
        String causedByEventId,
        String referralId,
        int attempts,
        Instant deliveredAt) implements NotificationEvent {

    public NotificationDelivered {
        present(notificationId, "notificationId");
        present(deliveryId, "deliveryId");
        present(channel, "channel");
        present(recipientRole, "recipientRole");
        present(recipientId, "recipientId");
        present(causedByEventId, "causedByEventId");
        positive(attempts, "attempts");
        present(deliveredAt, "deliveredAt");
    }
}
