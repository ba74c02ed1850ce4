package org.ponte.platform.domain;

import java.util.Map;

/** A business rule refused the change (answered 422). */
public final class RuleViolated extends DomainException {

    public RuleViolated(String reason, String message) {
        super(reason, message, Map.of());
    }

    /** A rule refused the value of one field. */
    public RuleViolated(String reason, String field, String message) {
        super(reason, message, onField(field, message));
    }
}
