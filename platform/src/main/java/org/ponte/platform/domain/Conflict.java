package org.ponte.platform.domain;

import java.util.Map;

/** The change does not fit the current state, such as closing a closed case (answered 409). */
public final class Conflict extends DomainException {

    public Conflict(String reason, String message) {
        super(reason, message, Map.of());
    }

    public Conflict(String reason, String message, Map<String, Object> details) {
        super(reason, message, details);
    }
}
