package org.ponte.events.programme;

import org.ponte.events.vocabulary.ActivityType;

import java.time.Instant;

import static org.ponte.events.Require.present;

/** An activity will not take place, or, recorded as held by mistake, did not: it stops counting. */
public record ActivityCancelled(
        String activityId,
        String officeId,
        ActivityType type,
        String cancelledBy,
        Instant cancelledAt) implements ActivityEvent {

    public ActivityCancelled {
        present(activityId, "activityId");
        present(officeId, "officeId");
        present(type, "type");
        present(cancelledBy, "cancelledBy");
        present(cancelledAt, "cancelledAt");
    }
}
