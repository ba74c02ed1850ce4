package org.ponte.auth;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ponte.testsupport.HttpApi;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ponte.auth.SignInBrowser.location;
import static org.ponte.auth.SignInBrowser.query;

/**
 * A person signs in as the front end will make them: authorization code with PKCE, through the sign-in page,
 * driven over real HTTP the way a browser follows the redirects.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class AuthorizationCodeWithPkceTest {

    @LocalServerPort
    int port;
    SignInBrowser browser;

    @BeforeEach
    void newBrowser() {
        browser = new SignInBrowser(base());
    }

    @Test
    void technicianSignsInAndTheFrontEndGetsTokensCarryingHerOffice() throws Exception {
        HttpResponse<String> authorize = browser.authorize();
        assertThat(authorize.statusCode()).isEqualTo(302);
        assertThat(location(authorize)).endsWith("/login");

        HttpResponse<String> signedIn = browser.signIn("ana.lisboa", "demo");
        assertThat(signedIn.statusCode()).isEqualTo(302);
        HttpResponse<String> backToClient = browser.get(location(signedIn));
        assertThat(backToClient.statusCode()).isEqualTo(302);
        String redirect = location(backToClient);
        assertThat(redirect).startsWith(SignInBrowser.REDIRECT).contains("state=s-123");

        HttpApi.Response tokens = browser.redeem(base(), query(redirect, "code"));

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
        String code = browser.codeAfterSigningIn("carla.porto", "demo");

        HttpApi.Response tokens = new TokenEndpoint(new HttpApi(base())).post(SignInBrowser.CLIENT, "demo-secret", java.util.Map.of(
                "grant_type", "authorization_code", "code", code, "redirect_uri", SignInBrowser.REDIRECT,
                "code_verifier", "not-the-verifier-" + browser.verifier));

        assertThat(tokens.status()).isEqualTo(400);
        assertThat(tokens.json().get("error").asString()).isEqualTo("invalid_grant");
    }

    @Test
    void aCodeIsRedeemedOnceOnly() throws Exception {
        String code = browser.codeAfterSigningIn("ana.lisboa", "demo");

        assertThat(browser.redeem(base(), code).status()).isEqualTo(200);
        assertThat(browser.redeem(base(), code).status()).isEqualTo(400);
    }

    @Test
    void anAuthorizationRequestWithoutPkceIsRefused() throws Exception {
        browser.authorize();
        browser.signIn("ana.lisboa", "demo");

        HttpResponse<String> withoutPkce = browser.get(base() + "/oauth2/authorize?response_type=code&client_id=" + SignInBrowser.CLIENT
                + "&scope=openid&state=s-1&redirect_uri=" + SignInBrowser.REDIRECT);

        assertThat(location(withoutPkce)).startsWith(SignInBrowser.REDIRECT).contains("error=invalid_request");
    }

    @Test
    void aWrongPasswordDoesNotSignIn() throws Exception {
        browser.authorize();

        assertThat(location(browser.signIn("ana.lisboa", "wrong"))).contains("/login?error");
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
