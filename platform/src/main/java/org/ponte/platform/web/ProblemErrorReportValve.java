package org.ponte.platform.web;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;

import java.io.IOException;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tomcat's last word as problem+json: what the connector refuses before any servlet or filter sees it (a malformed
 * request line or URI, such as {@code %2F}, {@code %00}, {@code %zz} or a backslash in the path, or a request line and
 * headers beyond their limit) is reported here, in place of Tomcat's HTML page. The detail is fixed text: the raw
 * request target may be huge or hostile and is never echoed.
 */
final class ProblemErrorReportValve extends ErrorReportValve {

    private final ProblemWriter problems;

    ProblemErrorReportValve(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void report(Request request, Response response, Throwable failure) {
        int code = response.getStatus();
        if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean();
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        HttpStatus status = HttpStatus.resolve(code) == null ? HttpStatus.BAD_REQUEST : HttpStatus.valueOf(code);
        String correlationId = response.getHeader(CorrelationId.HEADER) != null
                ? response.getHeader(CorrelationId.HEADER) : UUID.randomUUID().toString();
        try {
            response.setHeader(CorrelationId.HEADER, correlationId);
            problems.write(response, status, ProblemErrorController.slug(status), ProblemErrorController.detail(status), null, correlationId);
            response.finishResponse();
        } catch (IOException | IllegalStateException connectionGone) {
            // Nothing more can be said to this client.
        }
    }
}
