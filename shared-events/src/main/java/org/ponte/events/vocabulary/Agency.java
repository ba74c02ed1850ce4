package org.ponte.events.vocabulary;

/** Where a person has an appointment: the migration agency, social security, the tax office, a health centre, the employment institute, a school. */
public enum Agency {
    AIMA, SOCIAL_SECURITY, TAX_OFFICE, HEALTH_CENTRE, IEFP, SCHOOL, OTHER
}
