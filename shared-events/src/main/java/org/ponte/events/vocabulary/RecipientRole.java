package org.ponte.events.vocabulary;

/** Who a notification is for: a partner organisation, a technician of an office (or its technicians), or the person themself. */
public enum RecipientRole {
    PARTNER, TECHNICIAN, PERSON
}
