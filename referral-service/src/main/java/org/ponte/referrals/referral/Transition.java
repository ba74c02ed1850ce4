package org.ponte.referrals.referral;

import org.ponte.events.vocabulary.CancellationReason;
import org.ponte.events.vocabulary.CompletionOutcome;
import org.ponte.events.vocabulary.DeclineReason;
import org.ponte.events.vocabulary.ReferralStatus;

import java.time.Instant;

/**
 * One step of a referral's history: the status it reached, who took it, when, what they said, and the reason or
 * outcome the step carries (a decline's reason, a completion's outcome, a cancellation's reason).
 */
record Transition(ReferralStatus status, String by, Instant at, String note, DeclineReason declineReason,
                  CompletionOutcome outcome, CancellationReason cancellationReason) {

    static Transition to(ReferralStatus status, String by, Instant at, String note) {
        return new Transition(status, by, at, note, null, null, null);
    }

    Transition withoutNote() {
        return withNote(null);
    }

    Transition withNote(String text) {
        return new Transition(status, by, at, text, declineReason, outcome, cancellationReason);
    }
}
