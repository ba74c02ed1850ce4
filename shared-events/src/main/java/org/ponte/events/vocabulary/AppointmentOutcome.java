package org.ponte.events.vocabulary;

/** What became of an appointment. */
public enum AppointmentOutcome {
    ATTENDED, MISSED, RESCHEDULED, CANCELLED
}
