package org.ponte.events.vocabulary;

/** Why a case was closed: a category, so that it can travel in events (any free-text note stays in case-service). */
public enum CaseClosureReason {
    OBJECTIVES_MET, REFERRED_ELSEWHERE, PERSON_LEFT_AREA, NO_CONTACT, PERSON_REQUEST, DUPLICATE, OTHER
}
