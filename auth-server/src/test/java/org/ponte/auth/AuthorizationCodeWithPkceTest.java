package org.ponte.auth;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ponte.testsupport.HttpApi;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person signs in as the front end will make them: authorization code with PKCE, through the sign-in page,
 * driven over real HTTP the way a browser follows the redirects.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class AuthorizationCodeWithPkceTest {

    private static final String CLIENT = "case-frontend";
    private static final String REDIRECT = "http://localhost:8080/login/oauth2/code/ponte";

    @LocalServerPort
    int port;
    HttpClient browser;
    String verifier;

    @BeforeEach
    void newBrowser() {
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    @Test
    void technicianSignsInAndTheFrontEndGetsTokensCarryingHerOffice() throws Exception {
        HttpResponse<String> authorize = get(authorizeUrl(challenge(verifier)));
        assertThat(authorize.statusCode()).isEqualTo(302);
        assertThat(location(authorize)).endsWith("/login");

        HttpResponse<String> signedIn = signIn("ana.lisboa", "demo");
        assertThat(signedIn.statusCode()).isEqualTo(302);
        HttpResponse<String> backToClient = get(location(signedIn));
        assertThat(backToClient.statusCode()).isEqualTo(302);
        String redirect = location(backToClient);
        assertThat(redirect).startsWith(REDIRECT).contains("state=s-123");
        String code = query(redirect, "code");

        HttpApi.Response tokens = new TokenEndpoint(new HttpApi(base())).post(CLIENT, "demo-secret", Map.of(
                "grant_type", "authorization_code", "code", code, "redirect_uri", REDIRECT, "code_verifier", verifier));

        assertThat(tokens.status()).isEqualTo(200);
        JsonNode access = TokenEndpoint.claims(tokens.json().get("access_token").asString());
        assertThat(access.get("sub").asString()).isEqualTo("ana.lisboa");
        assertThat(access.get("roles").values()).extracting(JsonNode::asString).containsExactly("TECHNICIAN");
        assertThat(access.get("officeId").asString()).isEqualTo("lisboa");
        JsonNode id = TokenEndpoint.claims(tokens.json().get("id_token").asString());
        assertThat(id.get("name").asString()).isEqualTo("Ana Sousa");
        assertThat(tokens.json().has("refresh_token")).isTrue();
    }

    @Test
    void theCodeIsWorthlessWithoutTheVerifier() throws Exception {
        get(authorizeUrl(challenge(verifier)));
        String code = query(location(get(location(signIn("carla.porto", "demo")))), "code");

        HttpApi.Response tokens = new TokenEndpoint(new HttpApi(base())).post(CLIENT, "demo-secret", Map.of(
                "grant_type", "authorization_code", "code", code, "redirect_uri", REDIRECT, "code_verifier", "not-the-verifier-" + verifier));

        assertThat(tokens.status()).isEqualTo(400);
        assertThat(tokens.json().get("error").asString()).isEqualTo("invalid_grant");
    }

    @Test
    void anAuthorizationRequestWithoutPkceIsRefused() throws Exception {
        get(authorizeUrl(challenge(verifier)));
        signIn("ana.lisboa", "demo");

        HttpResponse<String> withoutPkce = get(base() + "/oauth2/authorize?response_type=code&client_id=" + CLIENT
                + "&scope=openid&state=s-1&redirect_uri=" + REDIRECT);

        assertThat(location(withoutPkce)).startsWith(REDIRECT).contains("error=invalid_request");
    }

    @Test
    void aWrongPasswordDoesNotSignIn() throws Exception {
        get(authorizeUrl(challenge(verifier)));

        assertThat(location(signIn("ana.lisboa", "wrong"))).contains("/login?error");
    }

    private HttpResponse<String> signIn(String username, String password) throws Exception {
        String page = get(base() + "/login").body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).as("the sign-in page has a CSRF token").isTrue();
        return browser.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(TokenEndpoint.formEncoded(
                        Map.of("username", username, "password", password, "_csrf", csrf.group(1)))))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private String authorizeUrl(String challenge) {
        return base() + "/oauth2/authorize?response_type=code&client_id=" + CLIENT + "&scope=openid%20profile%20api"
                + "&state=s-123&redirect_uri=" + REDIRECT + "&code_challenge=" + challenge + "&code_challenge_method=S256";
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        String absolute = url.startsWith("http") ? url : base() + url;
        return browser.send(HttpRequest.newBuilder(URI.create(absolute)).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElseThrow(() -> new AssertionError("no redirect: " + response.statusCode()));
    }

    private static String query(String url, String name) {
        Matcher value = Pattern.compile("[?&]" + name + "=([^&]+)").matcher(url);
        assertThat(value.find()).as(name + " in " + url).isTrue();
        return URLDecoder.decode(value.group(1), StandardCharsets.UTF_8);
    }

    private static String challenge(String verifier) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
