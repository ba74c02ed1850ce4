package org.ponte.auth;

import org.junit.jupiter.api.Test;
import org.ponte.testsupport.HttpApi;
import org.ponte.testsupport.TestInfrastructure;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The authorization server as operators run it: restarted, and as two instances behind one address. Its signing keys
 * and authorizations live in its database, so a restart or another instance logs nobody out.
 */
class AuthorizationServerRestartTest {

    private final String database = "auth-" + UUID.randomUUID();

    @Test
    void whatWasIssuedBeforeARestartStillWorksAfterIt() throws Exception {
        int port = freePort();
        String issuer = "http://localhost:" + port;
        String clientToken;
        HttpApi.Response signedIn;
        try (ConfigurableApplicationContext first = start(port, issuer)) {
            clientToken = new TokenEndpoint(new HttpApi(issuer)).clientCredentials("demo-admin", "demo-secret").json().get("access_token").asString();
            SignInBrowser browser = new SignInBrowser(issuer);
            signedIn = browser.redeem(issuer, browser.codeAfterSigningIn("ana.lisboa", "demo"));
            assertThat(signedIn.status()).isEqualTo(200);
        }

        try (ConfigurableApplicationContext again = start(port, issuer)) {
            HttpApi api = new HttpApi(issuer);
            assertThat(api.get("/api/v1/staff?officeId=lisboa", clientToken).status()).as("a client's token, at the server's own API").isEqualTo(200);
            String personToken = signedIn.json().get("access_token").asString();
            assertThat(NimbusJwtDecoder.withJwkSetUri(issuer + "/oauth2/jwks").build().decode(personToken).getSubject())
                    .as("a person's token, checked as a service checks it: against the key set the restarted server publishes")
                    .isEqualTo("ana.lisboa");
            HttpApi.Response refreshed = new TokenEndpoint(api).post(SignInBrowser.CLIENT, "demo-secret", Map.of(
                    "grant_type", "refresh_token", "refresh_token", signedIn.json().get("refresh_token").asString()));
            assertThat(refreshed.status()).as("the front end's refresh token, issued before the restart").isEqualTo(200);
            assertThat(TokenEndpoint.claims(refreshed.json().get("access_token").asString()).get("sub").asString()).isEqualTo("ana.lisboa");
        }
    }

    @Test
    void twoInstancesBehindOneAddressShareKeysAndSignIns() throws Exception {
        int portA = freePort();
        int portB = freePort();
        String issuer = "http://localhost:" + portA;
        try (ConfigurableApplicationContext a = start(portA, issuer); ConfigurableApplicationContext b = start(portB, issuer)) {
            String instanceB = "http://localhost:" + portB;
            SignInBrowser browser = new SignInBrowser(issuer);
            HttpApi.Response tokens = browser.redeem(instanceB, browser.codeAfterSigningIn("ana.lisboa", "demo"));
            assertThat(tokens.status()).as("a code issued by one instance, redeemed at the other").isEqualTo(200);

            String fromB = new TokenEndpoint(new HttpApi(instanceB)).clientCredentials("demo-admin", "demo-secret").json().get("access_token").asString();
            assertThat(new HttpApi(issuer).get("/api/v1/staff?officeId=lisboa", fromB).status()).as("B's token at A").isEqualTo(200);
            assertThat(NimbusJwtDecoder.withJwkSetUri(instanceB + "/oauth2/jwks").build().decode(tokens.json().get("access_token").asString())
                    .getSubject()).isEqualTo("ana.lisboa");

            // Accounts an administrator keeps at one instance sign in at the other.
            HttpApi apiB = new HttpApi(instanceB);
            assertThat(apiB.put("/api/v1/accounts/script.kept.at.b", fromB,
                    "{\"kind\":\"API_CLIENT\",\"secret\":\"kept at instance B\",\"roles\":[\"COORDINATOR\"]}").status()).isEqualTo(201);
            assertThat(new TokenEndpoint(new HttpApi(issuer)).clientCredentials("script.kept.at.b", "kept at instance B").status()).isEqualTo(200);
            assertThat(apiB.put("/api/v1/accounts/eva.lisboa", fromB, "{\"kind\":\"PERSON\",\"secret\":\"eva's own password\","
                    + "\"name\":\"Eva Lopes\",\"roles\":[\"TECHNICIAN\"],\"officeId\":\"lisboa\"}").status()).isEqualTo(201);
            SignInBrowser eva = new SignInBrowser(issuer);
            HttpApi.Response evaTokens = eva.redeem(issuer, eva.codeAfterSigningIn("eva.lisboa", "eva's own password"));
            assertThat(TokenEndpoint.claims(evaTokens.json().get("access_token").asString()).get("officeId").asString()).isEqualTo("lisboa");
        }
    }

    @Test
    void aPersonTakenOutOfTheConfigurationIsGoneAtTheNextStartAndOnesKeptThroughTheApiStay() throws Exception {
        int port = freePort();
        String issuer = "http://localhost:" + port;
        try (ConfigurableApplicationContext first = start(port, issuer)) {
            String admin = new TokenEndpoint(new HttpApi(issuer)).clientCredentials("demo-admin", "demo-secret").json().get("access_token").asString();
            assertThat(new HttpApi(issuer).put("/api/v1/accounts/filipa.lisboa", admin, "{\"kind\":\"PERSON\",\"secret\":\"filipa's password\","
                    + "\"name\":\"Filipa Reis\",\"roles\":[\"TECHNICIAN\"],\"officeId\":\"lisboa\"}").status()).isEqualTo(201);
        }
        // The configuration now names one person only.
        try (ConfigurableApplicationContext again = start(port, issuer, "--ponte.auth.people[0].username=hugo.lisboa",
                "--ponte.auth.people[0].password=hugo's password", "--ponte.auth.people[0].name=Hugo Dias",
                "--ponte.auth.people[0].roles[0]=MANAGER", "--ponte.auth.people[0].office-id=lisboa")) {
            String admin = new TokenEndpoint(new HttpApi(issuer)).clientCredentials("demo-admin", "demo-secret").json().get("access_token").asString();
            assertThat(new HttpApi(issuer).get("/api/v1/staff?officeId=lisboa", admin).json().findValuesAsString("id"))
                    .containsExactlyInAnyOrder("filipa.lisboa", "hugo.lisboa");
        }
    }

    private ConfigurableApplicationContext start(int port, String issuer, String... more) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=" + port, "--ponte.auth.issuer=" + issuer,
                "--spring.mongodb.uri=" + TestInfrastructure.embedded().mongoUri(), "--spring.mongodb.database=" + database));
        arguments.addAll(List.of(more));
        return new SpringApplicationBuilder(AuthServerApplication.class).profiles("demo", "test").run(arguments.toArray(String[]::new));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
