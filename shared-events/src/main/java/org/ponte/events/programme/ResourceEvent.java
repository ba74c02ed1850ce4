package org.ponte.events.programme;

import org.ponte.events.vocabulary.ResourceType;

/** An event of one guide or publication; keyed by the resource id. */
public interface ResourceEvent extends ProgrammeEvent {

    String resourceId();

    ResourceType type();

    @Override
    default String aggregateId() {
        return resourceId();
    }
}
