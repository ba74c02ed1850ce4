package org.ponte.events.vocabulary;

/** What came of an accepted referral, as the partner reports it. */
public enum CompletionOutcome {
    SERVICE_PROVIDED, PARTIALLY_PROVIDED, PERSON_DID_NOT_ATTEND, NOT_PROVIDED
}
