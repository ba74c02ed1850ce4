package org.ponte.auth;

import org.ponte.testsupport.HttpApi;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser that the front end sends to the authorization server to sign in (authorization code with PKCE): it
 * keeps cookies and follows no redirect by itself, so that each step can be looked at.
 */
final class SignInBrowser {

    static final String CLIENT = "case-frontend";
    static final String REDIRECT = "http://localhost:8080/login/oauth2/code/ponte";

    private final String base;
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    final String verifier;

    SignInBrowser(String base) {
        this.base = base;
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** The front end's authorization request, with this browser's PKCE challenge. */
    HttpResponse<String> authorize() throws IOException, InterruptedException {
        return get(authorizeUrl(challenge(verifier)));
    }

    HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
        String page = get(base + "/login").body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).as("the sign-in page has a CSRF token").isTrue();
        return browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(TokenEndpoint.formEncoded(
                        Map.of("username", username, "password", password, "_csrf", csrf.group(1)))))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The whole way from the authorization request to the code the front end is sent back with. */
    String codeAfterSigningIn(String username, String password) throws IOException, InterruptedException {
        authorize();
        return query(location(get(location(signIn(username, password)))), "code");
    }

    /** What the front end does with the code: redeems it, with the verifier, at the token endpoint of {@code tokenBase}. */
    HttpApi.Response redeem(String tokenBase, String code) {
        return new TokenEndpoint(new HttpApi(tokenBase)).post(CLIENT, "demo-secret", Map.of(
                "grant_type", "authorization_code", "code", code, "redirect_uri", REDIRECT, "code_verifier", verifier));
    }

    String authorizeUrl(String challenge) {
        return base + "/oauth2/authorize?response_type=code&client_id=" + CLIENT + "&scope=openid%20profile%20api"
                + "&state=s-123&redirect_uri=" + REDIRECT + "&code_challenge=" + challenge + "&code_challenge_method=S256";
    }

    HttpResponse<String> get(String url) throws IOException, InterruptedException {
        String absolute = url.startsWith("http") ? url : base + url;
        return browser.send(HttpRequest.newBuilder(URI.create(absolute)).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElseThrow(() -> new AssertionError("no redirect: " + response.statusCode()));
    }

    static String query(String url, String name) {
        Matcher value = Pattern.compile("[?&]" + name + "=([^&]+)").matcher(url);
        assertThat(value.find()).as(name + " in " + url).isTrue();
        return URLDecoder.decode(value.group(1), StandardCharsets.UTF_8);
    }

    static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
