package org.ponte.platform.privacy;

/** A stored record whose {@link Sealed} fields belong to one person, and are sealed with that person's key. */
public interface PersonalRecord {

    /** Whose key seals the record's sealed fields (a person's id, or a key of the record's own for a group's text). */
    String sealedFor();
}
