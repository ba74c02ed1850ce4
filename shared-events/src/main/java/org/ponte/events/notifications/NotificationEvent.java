package org.ponte.events.notifications;

import org.ponte.events.PonteEvent;
import org.ponte.events.vocabulary.NotificationChannel;
import org.ponte.events.vocabulary.RecipientRole;

/**
 * An event on the {@code notification-events} topic, published by notification-service: the outcome of one
 * delivery of a notification over one channel. Keyed by the notification id.
 */
public interface NotificationEvent extends PonteEvent {

    String notificationId();

    String deliveryId();

    NotificationChannel channel();

    RecipientRole recipientRole();

    /** The partner id or the technician id the notification is for. */
    String recipientId();

    /** The id of the event that caused the notification, for tracing and reports. */
    String causedByEventId();

    @Override
    default String aggregateId() {
        return notificationId();
    }
}
