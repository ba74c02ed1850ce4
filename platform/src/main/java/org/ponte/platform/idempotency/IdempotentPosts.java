package org.ponte.platform.idempotency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.ponte.platform.web.ProblemWriter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The {@code Idempotency-Key} request header of the IETF httpapi draft, for every POST of the API: a client that did
 * not get its answer (a dropped connection, a timeout, a double click) repeats the request with the same key and
 * gets the first answer again, and nothing is created twice. The same key with another request is refused (422), a
 * repeat while the first still runs waits for nothing and is told so (409). Keys are the caller's own: another caller
 * using the same key makes a request of their own. Answers other than 2xx are not kept, so a corrected request may
 * reuse its key.
 */
final class IdempotentPosts extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    private static final int LONGEST_KEY = 255;

    private final IdempotencyKeys keys;
    private final ProblemWriter problems;

    IdempotentPosts(IdempotencyKeys keys, ProblemWriter problems) {
        this.keys = keys;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null || !caller.isAuthenticated()) {
            chain.doFilter(request, response);
            return;
        }
        String key = unquoted(request.getHeader(HEADER));
        if (!wellFormed(key)) {
            problems.write(request, response, HttpStatus.BAD_REQUEST, "invalid-idempotency-key",
                    "The Idempotency-Key header must be 1 to " + LONGEST_KEY + " visible ASCII characters, such as a UUID.");
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        String fingerprint = fingerprint(request, body);
        IdempotencyKeys.Entry earlier = keys.claim(caller.getName(), key, fingerprint);
        if (earlier == null) {
            runOnce(new CachedBody(request, body), response, chain, caller.getName(), key);
        } else if (!earlier.fingerprint().equals(fingerprint)) {
            problems.write(request, response, HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
                    "This Idempotency-Key was used for another request; use a new key for a new request.");
        } else if (earlier.answer() == null) {
            problems.write(request, response, HttpStatus.CONFLICT, "request-in-progress",
                    "A request with this Idempotency-Key is still being processed; repeat it in a moment.");
        } else {
            replay(earlier.answer(), response);
        }
    }

    private void runOnce(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String caller, String key)
            throws ServletException, IOException {
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        boolean kept = false;
        try {
            chain.doFilter(request, answer);
            if (HttpStatus.valueOf(answer.getStatus()).is2xxSuccessful()) {
                keys.answered(caller, key, new IdempotencyKeys.Answer(answer.getStatus(), answer.getContentType(),
                        answer.getHeader(HttpHeaders.LOCATION), answer.getHeader(HttpHeaders.ETAG), answer.getContentAsByteArray()));
                kept = true;
            }
        } finally {
            if (!kept) {
                keys.release(caller, key);
            }
            answer.copyBodyToResponse();
        }
    }

    private static void replay(IdempotencyKeys.Answer answer, HttpServletResponse response) throws IOException {
        response.setStatus(answer.status());
        if (answer.contentType() != null) {
            response.setContentType(answer.contentType());
        }
        if (answer.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, answer.location());
        }
        if (answer.etag() != null) {
            response.setHeader(HttpHeaders.ETAG, answer.etag());
        }
        response.setHeader("Idempotent-Replayed", "true");
        response.getOutputStream().write(answer.body());
    }

    /** The draft sends the key as a structured-field string ({@code "…"}); a bare token is accepted too. */
    private static String unquoted(String header) {
        String key = header.trim();
        return key.length() >= 2 && key.startsWith("\"") && key.endsWith("\"") ? key.substring(1, key.length() - 1) : key;
    }

    private static boolean wellFormed(String key) {
        return !key.isEmpty() && key.length() <= LONGEST_KEY && key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e);
    }

    private static String fingerprint(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update((request.getRequestURI() + "?" + Objects.toString(request.getQueryString(), "") + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest(body));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** The request with its body read once, for the fingerprint, and again by the controller. */
    private static final class CachedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return bytes.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous reads only");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
