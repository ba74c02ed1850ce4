package org.ponte.platform.messaging;

import org.ponte.events.PonteEvent;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A function per event type, so that each receives its own type instead of testing types one by one:
 * <pre>{@code
 * EventMapping<Fact> facts = EventMapping.<Fact>create()
 *         .on(AttendanceRecorded.class, attendance -> Fact.of(attendance))
 *         .on(ReferralEvent.class, referral -> Fact.of(referral));
 * }</pre>
 * An event goes to the function of its own type, else to the first registered for a type it implements (such as
 * {@code ReferralEvent}); an event of any other type maps to nothing.
 */
public final class EventMapping<R> {

    private final Map<Class<?>, Function<PonteEvent, ? extends R>> byType = new LinkedHashMap<>();
    /** Where each concrete type found its function, since events of a few types arrive by the million. */
    private final Map<Class<?>, Optional<Function<PonteEvent, ? extends R>>> resolved = new ConcurrentHashMap<>();

    private EventMapping() {
    }

    public static <R> EventMapping<R> create() {
        return new EventMapping<>();
    }

    public <E extends PonteEvent> EventMapping<R> on(Class<E> type, Function<? super E, ? extends R> function) {
        byType.put(type, event -> function.apply(type.cast(event)));
        resolved.clear();
        return this;
    }

    public boolean handles(Class<?> eventType) {
        return functionFor(eventType).isPresent();
    }

    /** What the event maps to; empty for an event of a type no function takes, or a function that gave null. */
    public Optional<R> map(PonteEvent event) {
        return functionFor(event.getClass()).map(function -> function.apply(event));
    }

    private Optional<Function<PonteEvent, ? extends R>> functionFor(Class<?> eventType) {
        Optional<Function<PonteEvent, ? extends R>> known = resolved.get(eventType);
        return known != null ? known : resolved.computeIfAbsent(eventType, type -> Optional.<Function<PonteEvent, ? extends R>>ofNullable(byType.get(type))
                .or(() -> byType.entrySet().stream().filter(entry -> entry.getKey().isAssignableFrom(type))
                        .<Function<PonteEvent, ? extends R>>map(Map.Entry::getValue).findFirst()));
    }
}
