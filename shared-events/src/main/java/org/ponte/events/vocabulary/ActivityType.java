package org.ponte.events.vocabulary;

/**
 * What an office's activity is: a training its technicians receive, an awareness action for the community, a
 * meeting of the office network, an information session, a conference (for recruiters, say), a training
 * programme for migrants (often several sessions), a recruitment or networking event.
 */
public enum ActivityType {
    TECHNICIAN_TRAINING, AWARENESS_ACTION, NETWORK_MEETING, INFORMATION_SESSION, CONFERENCE, TRAINING_PROGRAMME,
    RECRUITMENT_EVENT, OTHER
}
