package org.ponte.events.notifications;

import org.ponte.events.vocabulary.DeliveryFailure;
import org.ponte.events.vocabulary.NotificationChannel;
import org.ponte.events.vocabulary.RecipientRole;

import java.time.Instant;

import static org.ponte.events.Require.positive;
import static org.ponte.events.Require.present;

/**
 * A delivery attempt failed. {@code willRetry} tells whether the service will try again by itself; when it
 * is false the delivery waits for an operator's retry. {@code httpStatus} is there for webhook failures only.
 */
public record NotificationFailed(
        String notificationId,
        String deliveryId,
        NotificationChannel channel,
        RecipientRole recipientRole,
        String recipientId,
        String causedByEventId,
        String referralId,
        int attempts,
        DeliveryFailure failure,
        Integer httpStatus,
        boolean willRetry,
        Instant failedAt) implements NotificationEvent {

    public NotificationFailed {
        present(notificationId, "notificationId");
        present(deliveryId, "deliveryId");
        present(channel, "channel");
        present(recipientRole, "recipientRole");
        present(recipientId, "recipientId");
        present(causedByEventId, "causedByEventId");
        positive(attempts, "attempts");
        present(failure, "failure");
        present(failedAt, "failedAt");
    }
}
