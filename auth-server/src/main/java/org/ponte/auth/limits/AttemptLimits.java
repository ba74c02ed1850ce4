package org.ponte.auth.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Rate limits on the two doors to the accounts, ahead of Spring Security: the token endpoint per client and per
 * address, and the sign-in form per address and per user name (failed attempts only, so that guessing one person's
 * password stops after a few tries while she can still sign in from elsewhere once the window has passed). One
 * Resilience4j rate limiter per key, kept while the key is in use.
 */
public final class AttemptLimits extends OncePerRequestFilter {

    private final Cache<String, RateLimiter> limiters = Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(30)).maximumSize(100_000).build();
    private final RateLimiterConfig tokensPerClient;
    private final RateLimiterConfig tokensPerAddress;
    private final RateLimiterConfig signInsPerAddress;
    private final RateLimiterConfig failedSignInsPerUser;

    public AttemptLimits(AttemptLimitProperties limits) {
        this.tokensPerClient = per(limits.tokensPerClient(), limits.period());
        this.tokensPerAddress = per(limits.tokensPerAddress(), limits.period());
        this.signInsPerAddress = per(limits.signInsPerAddress(), limits.period());
        this.failedSignInsPerUser = per(limits.failedSignInsPerUser(), limits.failedSignInPeriod());
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !(isTokenRequest(request) || isSignIn(request));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws ServletException, IOException {
        String address = request.getRemoteAddr();
        if (isTokenRequest(request)) {
            RateLimiter client = limiter("token-client:" + clientOf(request), tokensPerClient);
            if (!take(limiter("token-address:" + address, tokensPerAddress), response) || !take(client, response)) {
                refuse(response, "application/json", "{\"error\":\"temporarily_unavailable\",\"error_description\":\"Too many token requests; "
                        + "keep a token until it expires, and try again after Retry-After seconds.\"}");
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        String username = String.valueOf(request.getParameter("username"));
        RateLimiter user = limiter("sign-in-user:" + username, failedSignInsPerUser);
        if (!take(limiter("sign-in-address:" + address, signInsPerAddress), response) || exhausted(user, response)) {
            refuse(response, "text/html;charset=UTF-8", """
                    <!DOCTYPE html><html lang="pt"><head><meta charset="utf-8"><title>Ponte</title></head><body>
                    <h1>Demasiadas tentativas de entrada</h1><p>Tente de novo dentro de alguns minutos.</p>
                    <p lang="en">Too many sign-in attempts. Try again in a few minutes.</p></body></html>""");
            return;
        }
        chain.doFilter(request, response);
        String location = response.getHeader(HttpHeaders.LOCATION);
        if (location != null && location.contains("/login?error")) {
            user.acquirePermission();
        }
    }

    private static boolean isTokenRequest(HttpServletRequest request) {
        return request.getRequestURI().equals(request.getContextPath() + "/oauth2/token");
    }

    private static boolean isSignIn(HttpServletRequest request) {
        return request.getRequestURI().equals(request.getContextPath() + "/login");
    }

    /** The client a token request authenticates as: its Basic credentials' id, or its {@code client_id} parameter. */
    private static String clientOf(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String credentials = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
                return credentials.contains(":") ? credentials.substring(0, credentials.indexOf(':')) : credentials;
            } catch (IllegalArgumentException notBase64) {
                return "?";
            }
        }
        return String.valueOf(request.getParameter("client_id"));
    }

    private RateLimiter limiter(String key, RateLimiterConfig config) {
        return limiters.get(key, name -> RateLimiter.of(name, config));
    }

    /** Takes one permission, or says when the next one comes. */
    private static boolean take(RateLimiter limiter, HttpServletResponse response) {
        if (limiter.acquirePermission()) {
            return true;
        }
        retryAfter(limiter, response);
        return false;
    }

    private static boolean exhausted(RateLimiter limiter, HttpServletResponse response) {
        if (limiter.getMetrics().getAvailablePermissions() > 0) {
            return false;
        }
        retryAfter(limiter, response);
        return true;
    }

    private static void retryAfter(RateLimiter limiter, HttpServletResponse response) {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, limiter.getRateLimiterConfig().getLimitRefreshPeriod().toSeconds())));
    }

    private static void refuse(HttpServletResponse response, String contentType, String body) throws IOException {
        response.setStatus(429);
        response.setContentType(contentType);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }

    private static RateLimiterConfig per(int permissions, Duration period) {
        return RateLimiterConfig.custom().limitForPeriod(permissions).limitRefreshPeriod(period).timeoutDuration(Duration.ZERO).build();
    }
}
