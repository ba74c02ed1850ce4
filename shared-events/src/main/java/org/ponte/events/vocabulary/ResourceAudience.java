package org.ponte.events.vocabulary;

/** Whom a guide or publication is written for. */
public enum ResourceAudience {
    MIGRANTS, TECHNICIANS, PARTNERS, EMPLOYERS, COMMUNITY, GENERAL_PUBLIC
}
