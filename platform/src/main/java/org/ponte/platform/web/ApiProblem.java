package org.ponte.platform.web;

import org.springframework.http.HttpStatus;

import java.util.List;
import java.util.Map;

/**
 * A refusal of the web layer itself (a malformed header, a body that names another record than the path), answered
 * as problem+json with its status, a stable problem type ({@code urn:ponte:problem:<slug>}) and any extra
 * properties. What the domain refuses is a {@link org.ponte.platform.domain.DomainException}.
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

    /** The request breaks a rule the web layer checks (422). */
    public static ApiProblem ruleViolated(String slug, String detail) {
        return new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, slug, detail);
    }

    /** One field breaks a rule the web layer checks (422), named so a form can show the error next to it. */
    public static ApiProblem ruleViolated(String slug, String field, String detail) {
        return new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, slug, detail,
                Map.of("errors", List.of(Map.of("field", field, "message", detail))));
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
