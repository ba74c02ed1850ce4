package org.ponte.platform.sample;

import org.ponte.events.EventEnvelope;
import org.ponte.events.PonteEvent;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** What the sample consumer handled, for the tests to look at; it fails on purpose for aggregate id "poison". */
public class HandledEvents {

    private final List<EventEnvelope<? extends PonteEvent>> handled = new CopyOnWriteArrayList<>();

    public void handle(EventEnvelope<? extends PonteEvent> event) {
        if (event.aggregateId().startsWith("fails-always")) {
            throw new IllegalStateException("the handler cannot process " + event.aggregateId());
        }
        handled.add(event);
    }

    public long count(String eventId) {
        return handled.stream().filter(event -> event.eventId().toString().equals(eventId)).count();
    }

    public boolean handledAggregate(String aggregateId) {
        return handled.stream().anyMatch(event -> event.aggregateId().equals(aggregateId));
    }
}
