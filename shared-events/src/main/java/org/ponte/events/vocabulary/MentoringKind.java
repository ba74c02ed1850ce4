package org.ponte.events.vocabulary;

/** A mentoring session (mentoria) with one person or with a small group. */
public enum MentoringKind {
    INDIVIDUAL, GROUP
}
