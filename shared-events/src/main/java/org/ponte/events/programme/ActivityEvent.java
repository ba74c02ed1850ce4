package org.ponte.events.programme;

import org.ponte.events.vocabulary.ActivityType;

/** An event of one activity; keyed by the activity id, so its events stay in order. */
public interface ActivityEvent extends ProgrammeEvent {

    String activityId();

    ActivityType type();

    @Override
    default String aggregateId() {
        return activityId();
    }
}
