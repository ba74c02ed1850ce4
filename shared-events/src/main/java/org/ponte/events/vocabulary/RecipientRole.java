package org.ponte.events.vocabulary;

/** Who a notification is for: a partner organisation or a technician of an office. */
public enum RecipientRole {
    PARTNER, TECHNICIAN
}
