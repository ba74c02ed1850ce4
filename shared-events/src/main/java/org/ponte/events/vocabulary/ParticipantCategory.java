package org.ponte.events.vocabulary;

/** Who took part in an activity without being registered in Ponte, counted by head. */
public enum ParticipantCategory {
    MIGRANTS, COMMUNITY, TECHNICIANS, EMPLOYERS, OTHER
}
