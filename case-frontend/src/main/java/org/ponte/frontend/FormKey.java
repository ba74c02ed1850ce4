package org.ponte.frontend;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Safe retries from the browser. Every form that posts carries a fresh key (a hidden {@code idempotencyKey}, new on
 * each page, kept when the page comes back with a refusal); each POST the front end makes on that form's behalf
 * sends it to the service as an {@code Idempotency-Key}, suffixed with the service path so that one form's two calls
 * (a person, then their case) are two keys. A double submit, or a resubmit after an answer was lost, is then
 * answered with the first answer and records nothing twice.
 */
public final class FormKey {

    static final String HEADER = "Idempotency-Key";
    static final String FIELD = "idempotencyKey";
    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /** The key for the form being rendered: the one it was submitted with, else a new one. */
    public String current() {
        return submitted().orElseGet(() -> UUID.randomUUID().toString());
    }

    /** The header value for a service POST made while handling a form submission that carried a key. */
    static Optional<String> of(HttpRequest serviceCall) {
        if (!HttpMethod.POST.equals(serviceCall.getMethod())) {
            return Optional.empty();
        }
        return submitted().map(key -> key + ":" + serviceCall.getURI().getRawPath());
    }

    private static Optional<String> submitted() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return Optional.empty();
        }
        HttpServletRequest request = attributes.getRequest();
        String key = "POST".equals(request.getMethod()) ? request.getParameter(FIELD) : null;
        return key != null && UUID_TEXT.matcher(key).matches() ? Optional.of(key) : Optional.empty();
    }
}
