package org.ponte.platform.messaging;

import org.ponte.events.EventEnvelope;
import org.ponte.events.PonteEvent;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * A consumer's handlers, one registered per event type it acts on, so that each handler receives its own type:
 * <pre>{@code
 * EventHandlers.create()
 *         .on(CaseClosed.class, closed -> close(closed.caseId()))
 *         .withEnvelope(CaseAssigned.class, (envelope, assigned) -> notify(envelope.eventId(), assigned));
 * }</pre>
 * An event goes to the handler of its own type, else to the first registered for a type it implements (such as
 * {@code ReferralEvent}); an event of any other type is passed over, and {@link EventConsumers} does not even
 * look for it in the store.
 */
public final class EventHandlers implements EventHandler {

    private final Map<Class<?>, BiConsumer<EventEnvelope<?>, PonteEvent>> byType = new LinkedHashMap<>();

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
        byType.put(type, (envelope, event) -> handler.accept(envelope, type.cast(event)));
        return this;
    }

    public boolean handles(Class<?> eventType) {
        return handlerFor(eventType) != null;
    }

    @Override
    public void handle(EventEnvelope<? extends PonteEvent> envelope) {
        BiConsumer<EventEnvelope<?>, PonteEvent> handler = handlerFor(envelope.data().getClass());
        if (handler != null) {
            handler.accept(envelope, envelope.data());
        }
    }

    private BiConsumer<EventEnvelope<?>, PonteEvent> handlerFor(Class<?> eventType) {
        BiConsumer<EventEnvelope<?>, PonteEvent> own = byType.get(eventType);
        if (own != null) {
            return own;
        }
        return byType.entrySet().stream().filter(entry -> entry.getKey().isAssignableFrom(eventType))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }
}
