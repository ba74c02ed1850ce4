package org.ponte.referrals.referral;

import org.ponte.events.vocabulary.CompletionOutcome;
import org.ponte.events.vocabulary.DeclineReason;
import org.ponte.events.vocabulary.ReferralStatus;

import java.time.Instant;

/** One step of a referral's history: the status it reached, who took it, when, and what they said. */
record Transition(ReferralStatus status, String by, Instant at, String note, DeclineReason declineReason,
                  CompletionOutcome outcome) {

    Transition withoutNote() {
        return new Transition(status, by, at, null, declineReason, outcome);
    }
}
