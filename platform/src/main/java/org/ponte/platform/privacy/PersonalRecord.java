package org.ponte.platform.privacy;

import java.util.function.BinaryOperator;

/**
 * A stored record whose personal text belongs to one person, and is sealed with that person's key: its {@link Sealed}
 * fields, and the text of its nested values that {@link #mapNestedText} hands over.
 */
public interface PersonalRecord {

    /** Whose key seals the record's text (a person's id, or a key of the record's own for a group's text). */
    String sealedFor();

    /**
     * For text inside nested values (records in a list, which no field annotation reaches): replaces each such text with
     * {@code text.apply(fieldName, value)}, sealed on the way into the store and opened on the way out.
     */
    default void mapNestedText(BinaryOperator<String> text) {
    }
}
