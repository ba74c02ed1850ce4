package org.ponte.events;

/**
 * A record that claims to be a known event but cannot be read as one: a missing CloudEvents attribute, a
 * body that is not the event's JSON, or a required field missing. Retrying cannot help; it belongs on the
 * dead-letter topic.
 */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message) {
        super(message);
    }

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
