package org.ponte.events.vocabulary;

/** Why a partner declined a referral. */
public enum DeclineReason {
    NOT_ELIGIBLE, NO_CAPACITY, OUT_OF_AREA, PERSON_UNREACHABLE, DUPLICATE, OTHER
}
