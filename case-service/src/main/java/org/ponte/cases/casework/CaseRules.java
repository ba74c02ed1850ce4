package org.ponte.cases.casework;


import org.ponte.platform.domain.RuleViolated;
import java.time.Duration;
import java.time.Instant;

/** The limits an attendance or a mentoring session must keep (422 naming the field when broken). */
public final class CaseRules {

    /** Nobody spends a working day and more with one person in one sitting. */
    public static final int MAX_DURATION_MINUTES = 8 * 60;
    /** Clocks of technicians' devices drift; an entry a few minutes ahead is not "in the future". */
    public static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

    private CaseRules() {
    }

    public static void requireDuration(int durationMinutes) {
        if (durationMinutes <= 0 || durationMinutes > MAX_DURATION_MINUTES) {
            throw new RuleViolated("invalid-duration", "durationMinutes",
                    "The duration must be between 1 and " + MAX_DURATION_MINUTES + " minutes.");
        }
    }

    public static void requireNotInFuture(Instant occurredAt, Instant now) {
        if (occurredAt.isAfter(now.plus(CLOCK_TOLERANCE))) {
            throw new RuleViolated("date-in-future", "occurredAt", "It cannot have happened in the future.");
        }
    }
}
