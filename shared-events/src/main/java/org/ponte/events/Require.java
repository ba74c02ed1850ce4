package org.ponte.events;

import java.util.Collection;
import java.util.List;

/** Checks an event record makes in its constructor, so that a malformed event fails when it is read, not later. */
public final class Require {

    private Require() {
    }

    public static <T> T present(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        if (value instanceof String text && text.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value;
    }

    /** An unmodifiable copy; {@code null} stands for no elements. */
    public static <T> List<T> listOf(Collection<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    /** An unmodifiable copy that must hold at least one element. */
    public static <T> List<T> nonEmpty(Collection<T> values, String field) {
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException(field + " needs at least one element");
        }
        return List.copyOf(values);
    }

    public static int positive(int value, String field) {
        if (value <= 0) {
            throw new IllegalArgumentException(field + " must be positive");
        }
        return value;
    }
}
