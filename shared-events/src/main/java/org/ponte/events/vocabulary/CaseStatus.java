package org.ponte.events.vocabulary;

/** A case is either open or closed; a closed case can be reopened. */
public enum CaseStatus {
    OPEN, CLOSED
}
