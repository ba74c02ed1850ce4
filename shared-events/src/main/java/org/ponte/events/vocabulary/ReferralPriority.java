package org.ponte.events.vocabulary;

/** How soon a partner should respond to a referral. */
public enum ReferralPriority {
    ROUTINE, URGENT
}
