package org.ponte.events.vocabulary;

/** What an attendance achieved, when the technician records it. */
public enum AttendanceOutcome {
    INFORMATION_PROVIDED, ISSUE_RESOLVED, FOLLOW_UP_NEEDED, REFERRED
}
