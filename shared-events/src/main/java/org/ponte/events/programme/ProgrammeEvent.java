package org.ponte.events.programme;

import org.ponte.events.PonteEvent;

/** An event on the {@code programme-events} topic, published by programme-service. */
public interface ProgrammeEvent extends PonteEvent {

    /** The office whose programme the activity or resource belongs to; reports group by it. */
    String officeId();
}
