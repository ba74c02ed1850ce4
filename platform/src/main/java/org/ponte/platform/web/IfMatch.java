package org.ponte.platform.web;

import org.springframework.http.HttpStatus;

/** The version a caller read, from its {@code If-Match} header ({@code "3"}): a change made in between is then a 409. */
public final class IfMatch {

    private IfMatch() {
    }

    /** Null when the caller sent none (the change then applies to whatever version is stored). */
    public static Long version(String ifMatch) {
        if (ifMatch == null) {
            return null;
        }
        try {
            return Long.valueOf(ifMatch.replace("\"", "").trim());
        } catch (NumberFormatException e) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-if-match", "If-Match must be the record's version, such as \"3\".");
        }
    }
}
