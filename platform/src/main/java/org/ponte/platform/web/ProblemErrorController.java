package org.ponte.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import java.io.IOException;

/**
 * The container's error page ({@code /error}, where Tomcat forwards a {@code sendError} or an exception thrown
 * outside Spring MVC, such as in a filter) as problem+json with the status kept, in place of Spring Boot's own JSON
 * or HTML. It never reads the request's parameters: a request refused for its parameters would fail again here.
 */
@Controller
@RequestMapping("${spring.web.error.path:/error}")
final class ProblemErrorController implements ErrorController {

    private final ProblemWriter problems;

    ProblemErrorController(ProblemWriter problems) {
        this.problems = problems;
    }

    @RequestMapping
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpStatus status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
                ? HttpStatus.resolve(code) : null;
        if (status == null || !status.isError()) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        response.resetBuffer();
        // The request's own correlation id is gone from the logging context by now; its response header still has it.
        problems.write(response, status, slug(status), detail(status),
                (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), response.getHeader(CorrelationId.HEADER));
    }

    static String slug(HttpStatus status) {
        return switch (status.value()) {
            case 400 -> "bad-request";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 413, 414, 431 -> "request-too-large";
            case 415 -> "unsupported-media-type";
            default -> status.is5xxServerError() ? "internal-error" : "request-refused";
        };
    }

    static String detail(HttpStatus status) {
        return switch (status.value()) {
            case 400 -> "The request is malformed: its URL, headers or parameters cannot be read.";
            case 404 -> "There is nothing at this address.";
            case 413, 414, 431 -> "The request is larger than this service accepts.";
            default -> status.is5xxServerError()
                    ? "Something went wrong on our side; nothing was changed by the failed step. Quote the correlation id."
                    : "The request was refused (" + status.getReasonPhrase() + ").";
        };
    }
}
