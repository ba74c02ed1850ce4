package org.ponte.events.vocabulary;

/** Sex as the person declared it. */
public enum Sex {
    FEMALE, MALE, OTHER, UNDISCLOSED
}
