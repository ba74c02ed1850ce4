package org.ponte.platform.web;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

import java.net.URI;

/**
 * RFC 9457 problem details with Ponte's problem types: {@code urn:ponte:problem:<slug>}, a stable name a
 * client can branch on, where the title is for people.
 */
public final class Problems {

    private static final String TYPE_PREFIX = "urn:ponte:problem:";

    private Problems() {
    }

    /** A problem whose detail reads in the request's language ({@link ProblemLanguage}). */
    public static ProblemDetail of(HttpStatusCode status, String slug, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ProblemLanguage.detail(slug, status.value(), detail));
        problem.setType(type(slug));
        CorrelationId.current().ifPresent(id -> problem.setProperty("correlationId", id));
        return problem;
    }

    public static URI type(String slug) {
        return URI.create(TYPE_PREFIX + slug);
    }
}
