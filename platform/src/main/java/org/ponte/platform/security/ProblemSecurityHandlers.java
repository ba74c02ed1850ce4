package org.ponte.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.ponte.platform.web.ProblemWriter;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import java.io.IOException;

/**
 * 401 and 403 as RFC 9457 problem+json, like every other error of the API. 401 keeps the
 * {@code WWW-Authenticate: Bearer} challenge of RFC 6750 so that OAuth clients know what to do.
 */
final class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ProblemWriter problems;

    ProblemSecurityHandlers(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        boolean badToken = failure instanceof OAuth2AuthenticationException;
        response.setHeader("WWW-Authenticate", badToken
                ? "Bearer error=\"invalid_token\", error_description=\"" + describe(failure).replace("\"", "'") + "\""
                : "Bearer");
        problems.write(request, response, HttpStatus.UNAUTHORIZED, "authentication-required",
                badToken ? "The bearer token is not valid: " + describe(failure)
                        : "This API needs a bearer token (OAuth 2.0 access token).");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        problems.write(request, response, HttpStatus.FORBIDDEN, "access-denied",
                "Your role or scope does not allow this" + (isSpecific(denied) ? ": " + denied.getMessage() : "."));
    }

    /** Spring Security's own denials say only "Access Denied"; the ones {@link CurrentUser} raises say why. */
    private static boolean isSpecific(AccessDeniedException denied) {
        return denied.getMessage() != null && !denied.getMessage().equals("Access Denied");
    }

    private static String describe(AuthenticationException failure) {
        if (failure instanceof OAuth2AuthenticationException oauth && oauth.getError().getDescription() != null) {
            return oauth.getError().getDescription();
        }
        return failure.getMessage() == null ? "rejected" : failure.getMessage();
    }
}
