package org.ponte.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The sample JSON body of every event type, shipped with the contracts so that each producing service can
 * check in a contract test that what it publishes has the shape consumers were promised.
 */
public final class EventSamples {

    private EventSamples() {
    }

    /** The classpath location of a type's sample, such as {@code org/ponte/events/samples/CaseOpened.v1.json}. */
    public static String resourceName(EventType type) {
        return "org/ponte/events/samples/" + type.simpleName() + ".v" + type.schemaVersion() + ".json";
    }

    public static String json(EventType type) {
        try (InputStream in = EventSamples.class.getClassLoader().getResourceAsStream(resourceName(type))) {
            if (in == null) {
                throw new IllegalStateException("no sample for " + type + " at " + resourceName(type));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
