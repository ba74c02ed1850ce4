package org.ponte.platform.messaging;

import org.ponte.events.EventEnvelope;
import org.ponte.events.PonteEvent;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * A consumer's handlers, one registered per event type it acts on, so that each handler receives its own type:
 * <pre>{@code
 * EventHandlers.create()
 *         .on(CaseClosed.class, closed -> close(closed.caseId()))
 *         .withEnvelope(CaseAssigned.class, (envelope, assigned) -> notify(envelope.eventId(), assigned));
 * }</pre>
 * An event is dispatched as {@link EventMapping} finds its type; an event of any other type is passed over, and
 * {@link EventConsumers} does not even look for it in the store.
 */
public final class EventHandlers implements EventHandler {

    private final EventMapping<Consumer<EventEnvelope<?>>> handlers = EventMapping.create();

    private EventHandlers() {
    }

    public static EventHandlers create() {
        return new EventHandlers();
    }

    public <E extends PonteEvent> EventHandlers on(Class<E> type, Consumer<? super E> handler) {
        return withEnvelope(type, (envelope, event) -> handler.accept(event));
    }

    /** For a handler that also needs the envelope: the event's id, type or time. */
    public <E extends PonteEvent> EventHandlers withEnvelope(Class<E> type, BiConsumer<EventEnvelope<?>, ? super E> handler) {
        handlers.on(type, event -> envelope -> handler.accept(envelope, event));
        return this;
    }

    public boolean handles(Class<?> eventType) {
        return handlers.handles(eventType);
    }

    @Override
    public void handle(EventEnvelope<? extends PonteEvent> envelope) {
        handlers.map(envelope.data()).ifPresent(handler -> handler.accept(envelope));
    }
}
