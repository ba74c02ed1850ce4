package org.ponte.platform.messaging;

import org.ponte.events.EventEnvelope;
import org.ponte.events.PonteEvent;

/**
 * What a service does with one event it consumes. Throwing retries it (a few times, with back-off) and then
 * sends it to the dead-letter topic; {@link org.ponte.events.MalformedEventException} goes there at once.
 */
@FunctionalInterface
public interface EventHandler {

    void handle(EventEnvelope<? extends PonteEvent> event);
}
