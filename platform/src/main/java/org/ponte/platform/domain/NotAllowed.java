package org.ponte.platform.domain;

import java.util.Map;

/** The caller's role or scope does not allow this (answered 403). */
public final class NotAllowed extends DomainException {

    public NotAllowed(String message) {
        super("access-denied", "Your role or scope does not allow this: " + message, Map.of());
    }
}
