package org.ponte.auth;

import org.junit.jupiter.api.Test;
import org.ponte.testsupport.HttpApi;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The doors to the accounts, knocked on too often: the token endpoint per client, the sign-in form per user name
 * (failed attempts), each answered 429 with Retry-After while others go on; and the sign-in pages' security headers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ponte.auth.limits.tokens-per-client=3", "ponte.auth.limits.failed-sign-ins-per-user=2"})
@ActiveProfiles({"demo", "test"})
class AttemptLimitsTest {

    @LocalServerPort
    int port;

    @Test
    void aClientAskingForTokensTooOftenIsToldToWaitWhileOthersAreNot() {
        TokenEndpoint tokens = new TokenEndpoint(new HttpApi(base()));
        for (int i = 0; i < 3; i++) {
            assertThat(tokens.clientCredentials("demo-manager-lisboa", "demo-secret").status()).isEqualTo(200);
        }

        HttpApi.Response fourth = tokens.clientCredentials("demo-manager-lisboa", "demo-secret");

        assertThat(fourth.status()).isEqualTo(429);
        assertThat(fourth.header("Retry-After")).hasValue("60");
        assertThat(fourth.json().get("error").asString()).isEqualTo("temporarily_unavailable");
        assertThat(tokens.clientCredentials("demo-partner-2", "demo-secret").status()).as("another client").isEqualTo(200);
    }

    @Test
    void guessingSomeonesPasswordStopsAfterAFewTries() throws Exception {
        SignInBrowser guesser = new SignInBrowser(base());
        guesser.authorize();
        assertThat(SignInBrowser.location(guesser.signIn("bruno.lisboa", "guess-1"))).contains("/login?error");
        assertThat(SignInBrowser.location(guesser.signIn("bruno.lisboa", "guess-2"))).contains("/login?error");

        HttpResponse<String> third = guesser.signIn("bruno.lisboa", "demo");

        assertThat(third.statusCode()).as("even the right password, until the window has passed").isEqualTo(429);
        assertThat(third.headers().firstValue("Retry-After")).hasValue("900");
        assertThat(third.body()).contains("Demasiadas tentativas");
        assertThat(new SignInBrowser(base()).codeAfterSigningIn("duarte.porto", "demo")).as("someone else signs in").isNotBlank();
    }

    @Test
    void theSignInPageLoadsOnlyItsOwnScriptsAndStylesAndPostsOnlyToItselfAndItsClients() throws Exception {
        HttpResponse<String> page = new SignInBrowser(base()).get(base() + "/login");

        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'",
                "form-action 'self' ");
        assertThat(policy.substring(policy.indexOf("form-action"))).as("the front end the demo registers").contains("http://localhost:8080");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
