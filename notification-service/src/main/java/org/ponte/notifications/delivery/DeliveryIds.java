package org.ponte.notifications.delivery;

import org.ponte.events.vocabulary.NotificationChannel;

/** The id a delivery will have, known before it is made: the webhook body carries it as its CloudEvents id. */
public final class DeliveryIds {

    private DeliveryIds() {
    }

    public static String of(Notice notice, NotificationChannel channel, String target) {
        return Delivery.idOf(notice.sourceEventId(), channel, target);
    }
}
