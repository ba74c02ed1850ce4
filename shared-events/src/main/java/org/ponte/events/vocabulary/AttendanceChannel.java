package org.ponte.events.vocabulary;

/** How an attendance (atendimento) took place. */
public enum AttendanceChannel {
    IN_PERSON, PHONE, VIDEO, EMAIL, OUTREACH
}
