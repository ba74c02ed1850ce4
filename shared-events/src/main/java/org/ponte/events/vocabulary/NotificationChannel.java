package org.ponte.events.vocabulary;

/** Where a notification is delivered. */
public enum NotificationChannel {
    EMAIL, WEBHOOK, IN_APP
}
