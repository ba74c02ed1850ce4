package org.ponte.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a problem+json response outside Spring MVC (the security filters, the firewall, the container's error
 * paths), in the same shape the MVC exception handler produces.
 */
public final class ProblemWriter {

    private final JsonMapper json;

    public ProblemWriter(JsonMapper json) {
        this.json = json;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String slug, String detail)
            throws IOException {
        write(response, status, slug, ProblemLanguage.detail(slug, status.value(), detail, request), request.getRequestURI(),
                CorrelationId.current().orElse(null));
    }

    /** For the error paths outside a request's own dispatch, where the instance and correlation id are known otherwise. */
    public void write(HttpServletResponse response, HttpStatus status, String slug, String detail, String instance, String correlationId)
            throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", Problems.type(slug).toString());
        body.put("title", status.getReasonPhrase());
        body.put("status", status.value());
        body.put("detail", detail);
        if (instance != null) {
            body.put("instance", instance);
        }
        if (correlationId != null) {
            body.put("correlationId", correlationId);
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), body);
    }
}
