package org.ponte.platform.web;

import org.ponte.platform.domain.Conflict;
import org.ponte.platform.domain.DomainException;
import org.ponte.platform.domain.InvalidRequest;
import org.ponte.platform.domain.NotAllowed;
import org.ponte.platform.domain.NotFound;
import org.ponte.platform.domain.RuleViolated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.multipart.MultipartException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every error of every service's API as RFC 9457 problem+json: clear 4xx for what the caller can fix,
 * 409 for lost races, and a 500 that says nothing of the inside (the log has it, under the correlation id).
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Map<Class<? extends DomainException>, HttpStatus> STATUS_OF = Map.of(
            RuleViolated.class, HttpStatus.UNPROCESSABLE_CONTENT, Conflict.class, HttpStatus.CONFLICT,
            NotFound.class, HttpStatus.NOT_FOUND, NotAllowed.class, HttpStatus.FORBIDDEN,
            InvalidRequest.class, HttpStatus.BAD_REQUEST);

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    /** Security exceptions thrown inside controllers (object-level checks) are answered like the filters' own. */
    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied(AccessDeniedException denied) {
        return Problems.of(HttpStatus.FORBIDDEN, "access-denied", "Your role or scope does not allow this: " + denied.getMessage());
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException failure) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .body(Problems.of(HttpStatus.UNAUTHORIZED, "authentication-required", "This API needs a bearer token."));
    }

    /** What the domain refused, each kind with its status; the reason becomes the problem type. */
    @ExceptionHandler(DomainException.class)
    ProblemDetail refused(DomainException refusal) {
        ProblemDetail detail = Problems.of(STATUS_OF.get(refusal.getClass()), refusal.reason(), refusal.getMessage());
        refusal.details().forEach((name, value) -> detail.setProperty(name, fieldsInTheReadersLanguage(refusal.reason(), name, value)));
        return detail;
    }

    @ExceptionHandler(ApiProblem.class)
    ProblemDetail apiProblem(ApiProblem problem) {
        ProblemDetail detail = Problems.of(problem.status(), problem.slug(), problem.getMessage());
        problem.properties().forEach((name, value) -> detail.setProperty(name, fieldsInTheReadersLanguage(problem.slug(), name, value)));
        return detail;
    }

    /** The {@code errors} of a refusal with each field's message in the reader's language; any other property as it is. */
    private static Object fieldsInTheReadersLanguage(String slug, String property, Object value) {
        if (!property.equals("errors") || !(value instanceof List<?> errors)) {
            return value;
        }
        return errors.stream().map(error -> error instanceof Map<?, ?> field && field.get("message") instanceof String message
                ? Map.of("field", String.valueOf(field.get("field")), "message", ProblemLanguage.fieldOfRule(slug, message))
                : error).toList();
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail lostRace(OptimisticLockingFailureException race) {
        return Problems.of(HttpStatus.CONFLICT, "concurrent-modification",
                "Someone changed this at the same time; reload it and try again.");
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ProblemDetail duplicate(DuplicateKeyException duplicate) {
        return Problems.of(HttpStatus.CONFLICT, "duplicate", "This already exists.");
    }

    /** A header value the firewall refuses when it is read (raw UTF-8 bytes in Accept-Language or If-Match…). */
    @ExceptionHandler(RequestRejectedException.class)
    ProblemDetail rejected(RequestRejectedException rejected) {
        return Problems.of(HttpStatus.BAD_REQUEST, "rejected-request", "The request's URL or headers are not acceptable.");
    }

    /** A query string Tomcat cannot decode ({@code ?%zz=%G0}), or one over its limits. */
    @ExceptionHandler(InvalidParameterException.class)
    ProblemDetail unreadableParameters(InvalidParameterException invalid) {
        HttpStatus status = HttpStatus.resolve(invalid.getErrorCode());
        return Problems.of(status == null || !status.is4xxClientError() ? HttpStatus.BAD_REQUEST : status, "unreadable-parameters",
                "The query string cannot be read: check its percent-encoding.");
    }

    /** A multipart Content-Type the container cannot parse (no boundary); no operation of the API takes multipart. */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail unreadableMultipart(MultipartException unreadable) {
        return Problems.of(HttpStatus.BAD_REQUEST, "unreadable-request", "The request body cannot be read as the Content-Type says.");
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception failure) {
        log.error("unexpected error", failure);
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                "Something went wrong on our side; nothing was changed by the failed step. Quote the correlation id.");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException invalid, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", "Some fields are not valid.");
        List<Map<String, String>> errors = invalid.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "message", ProblemLanguage.fieldOfConstraint(error.getCodes(), error.getArguments(),
                        error.getDefaultMessage() == null ? "is not valid" : error.getDefaultMessage())))
                .toList();
        problem.setProperty("errors", errors);
        return handleExceptionInternal(invalid, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** A body that is not JSON, or a value of the wrong type: 400 naming the field, as far as the parser got. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException unreadable, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "unreadable-request",
                "The request body is not the JSON this endpoint expects.");
        if (unreadable.getCause() instanceof JacksonException json && !json.getPath().isEmpty()) {
            String field = json.getPath().stream()
                    .map(step -> step.getPropertyName() != null ? "." + step.getPropertyName() : "[" + step.getIndex() + "]")
                    .collect(Collectors.joining()).substring(1);
            problem.setDetail(ProblemLanguage.detail("wrong-type-or-format", HttpStatus.BAD_REQUEST.value(),
                    "The value of " + field + " has the wrong type or format."));
            problem.setProperty("errors", List.of(Map.of("field", field,
                    "message", ProblemLanguage.fieldOfRule("wrong-type-or-format", "has the wrong type or format"))));
        }
        return handleExceptionInternal(unreadable, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
                                                          WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            CorrelationId.current().ifPresent(id -> problem.setProperty("correlationId", id));
            if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
                // Spring MVC's own refusals (a missing parameter, a method not allowed…): as their status reads.
                problem.setDetail(ProblemLanguage.detailOfStatus(status.value(), problem.getDetail()));
            }
        }
        return super.createResponseEntity(body, headers, status, request);
    }
}
