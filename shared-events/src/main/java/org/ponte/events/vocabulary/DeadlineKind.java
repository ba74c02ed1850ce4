package org.ponte.events.vocabulary;

/** What falls due: a legal status that expires, or an appointment that comes. */
public enum DeadlineKind {
    STATUS_EXPIRY, APPOINTMENT
}
