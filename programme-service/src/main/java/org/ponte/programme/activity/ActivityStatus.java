package org.ponte.programme.activity;

/** SCHEDULED → HELD; SCHEDULED or HELD → CANCELLED (held by mistake: it did not take place). */
public enum ActivityStatus {
    SCHEDULED, HELD, CANCELLED
}
