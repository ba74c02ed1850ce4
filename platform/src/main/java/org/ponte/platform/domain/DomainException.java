package org.ponte.platform.domain;

import java.util.List;
import java.util.Map;

/**
 * A request the domain refuses, in the domain's own words: a stable {@code reason} (the problem type's slug, such as
 * {@code case-closed}), a message for the person who asked, and any details that help them (the field at fault, the
 * possible duplicates of a person). Aggregates and services throw one of its five kinds and know nothing of HTTP;
 * the web layer alone answers each kind with its status.
 */
public abstract sealed class DomainException extends RuntimeException
        permits RuleViolated, Conflict, NotFound, NotAllowed, InvalidRequest {

    private final String reason;
    private final Map<String, Object> details;

    DomainException(String reason, String message, Map<String, Object> details) {
        super(message, null, false, false);
        this.reason = reason;
        this.details = Map.copyOf(details);
    }

    /** The details for a refusal of one field's value, named so that a form can show the message next to it. */
    static Map<String, Object> onField(String field, String message) {
        return Map.of("errors", List.of(Map.of("field", field, "message", message)));
    }

    public String reason() {
        return reason;
    }

    public Map<String, Object> details() {
        return details;
    }
}
