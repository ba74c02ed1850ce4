package org.ponte.platform.outbox;

import org.ponte.events.PonteEvent;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Base of every aggregate that publishes events. A state-changing method checks its rule, changes state
 * and calls {@link #publish}; when the repository saves the aggregate, the events are encoded into its
 * {@code outbox} array, so the change and its events are one atomic document write. The relay sends them
 * and removes them once Kafka acknowledged. {@code version} makes a lost race a 409, never an overwrite.
 */
public abstract class AggregateRoot {

    @Version
    private Long version;

    private List<OutboxMessage> outbox = new ArrayList<>();

    @Transient
    private List<NewEvent> newEvents = new ArrayList<>();

    /** Registers an event that this change causes; it is stored with the change and then published. */
    protected void publish(PonteEvent event, Instant occurredAt) {
        newEvents.add(new NewEvent(event, occurredAt));
    }

    public Long version() {
        return version;
    }

    /** Events registered since the aggregate was loaded, not yet in the outbox. */
    public List<PonteEvent> newEvents() {
        return newEvents.stream().map(NewEvent::event).toList();
    }

    List<NewEvent> drainNewEvents() {
        List<NewEvent> drained = List.copyOf(newEvents);
        newEvents.clear();
        return drained;
    }

    List<OutboxMessage> outbox() {
        return outbox;
    }

    record NewEvent(PonteEvent event, Instant occurredAt) {
    }
}
