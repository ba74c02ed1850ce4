package org.ponte.platform.web;

import org.springframework.http.HttpStatus;

import java.util.List;
import java.util.Map;

/**
 * A failure the caller can understand and fix, thrown by an aggregate or a use case and answered as
 * problem+json with its status, a stable problem type ({@code urn:ponte:problem:<slug>}) and any extra
 * properties (the possible duplicates of a person, the field at fault…).
 */
public class ApiProblem extends RuntimeException {

    private final HttpStatus status;
    private final String slug;
    private final Map<String, Object> properties;

    public ApiProblem(HttpStatus status, String slug, String detail, Map<String, Object> properties) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.properties = Map.copyOf(properties);
    }

    public ApiProblem(HttpStatus status, String slug, String detail) {
        this(status, slug, detail, Map.of());
    }

    public static ApiProblem notFound(String what) {
        return new ApiProblem(HttpStatus.NOT_FOUND, "not-found", what + " does not exist or is not visible to you.");
    }

    /** A business rule of an aggregate refused the change (422). */
    public static ApiProblem ruleViolated(String slug, String detail) {
        return new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, slug, detail);
    }

    /** A business rule refused the value of one field (422), named so a form can show the error next to it. */
    public static ApiProblem ruleViolated(String slug, String field, String detail) {
        return new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, slug, detail,
                Map.of("errors", List.of(Map.of("field", field, "message", detail))));
    }

    /** The change does not fit the aggregate's current state (409), such as closing a closed case. */
    public static ApiProblem conflict(String slug, String detail) {
        return new ApiProblem(HttpStatus.CONFLICT, slug, detail);
    }

    public HttpStatus status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
