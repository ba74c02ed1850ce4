package org.ponte.auth;

import org.junit.jupiter.api.Test;
import org.ponte.testsupport.HttpApi;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Accounts kept by an administrator through the API, in the server's database: usable at once, never showing a secret. */
class AccountsApiTest extends ServerApiTest {

    @Test
    void anAdministratorAddsAnApiClientThatGetsTokensWithItsGrantAndCanBeDisabled() {
        String id = "script-" + UUID.randomUUID().toString().substring(0, 8);
        HttpApi.Response created = api.put("/api/v1/accounts/" + id, tokenOf("demo-admin"),
                "{\"kind\":\"API_CLIENT\",\"secret\":\"a long secret of its own\",\"roles\":[\"MANAGER\"],\"officeId\":\"porto\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).doesNotContain("secret of its own").doesNotContain("secretHash");

        HttpApi.Response token = tokens.clientCredentials(id, "a long secret of its own");
        assertThat(token.status()).as(token.body()).isEqualTo(200);
        var claims = TokenEndpoint.claims(token.json().get("access_token").asString());
        assertThat(claims.get("roles").get(0).asString()).isEqualTo("MANAGER");
        assertThat(claims.get("officeId").asString()).isEqualTo("porto");
        assertThat(tokens.clientCredentials(id, "another secret entirely").status()).isEqualTo(401);

        HttpApi.Response listed = api.get("/api/v1/accounts", tokenOf("demo-admin"));
        assertThat(listed.json().findValuesAsString("id")).contains(id, "demo-admin", "ana.lisboa");
        assertThat(listed.body()).doesNotContain("secretHash").doesNotContain("{bcrypt}");

        HttpApi.Response disabled = api.put("/api/v1/accounts/" + id, tokenOf("demo-admin"),
                "{\"kind\":\"API_CLIENT\",\"roles\":[\"MANAGER\"],\"officeId\":\"porto\",\"enabled\":false}");
        assertThat(disabled.status()).as(disabled.body()).isEqualTo(200);
        assertThat(tokens.clientCredentials(id, "a long secret of its own").status()).isEqualTo(401);
    }

    @Test
    void aPersonDisabledAfterSigningInCannotRefresh() throws Exception {
        String id = "tecnica." + UUID.randomUUID().toString().substring(0, 8);
        String admin = tokenOf("demo-admin");
        assertThat(api.put("/api/v1/accounts/" + id, admin,
                "{\"kind\":\"PERSON\",\"secret\":\"a long password here\",\"roles\":[\"TECHNICIAN\"],\"officeId\":\"lisboa\"}").status())
                .isEqualTo(201);
        String issuer = "http://localhost:" + port;
        SignInBrowser browser = new SignInBrowser(issuer);
        HttpApi.Response signedIn = browser.redeem(issuer, browser.codeAfterSigningIn(id, "a long password here"));
        assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(200);
        String refreshToken = signedIn.json().get("refresh_token").asString();
        assertThat(refresh(refreshToken).status()).as("while the account is enabled").isEqualTo(200);

        assertThat(api.put("/api/v1/accounts/" + id, admin,
                "{\"kind\":\"PERSON\",\"roles\":[\"TECHNICIAN\"],\"officeId\":\"lisboa\",\"enabled\":false}").status()).isEqualTo(200);
        HttpApi.Response refused = refresh(refreshToken);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("error").asString()).isEqualTo("invalid_grant");
    }

    private HttpApi.Response refresh(String refreshToken) {
        return tokens.post(SignInBrowser.CLIENT, "demo-secret", Map.of("grant_type", "refresh_token", "refresh_token", refreshToken));
    }

    @Test
    void onlyAnAdministratorKeepsAccountsAndBeforeTheBodyIsRead() {
        assertThat(api.put("/api/v1/accounts/someone", tokenOf("demo-manager-lisboa"), "not json").status()).isEqualTo(403);
        assertThat(api.get("/api/v1/accounts", tokenOf("demo-coordinator")).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/accounts", null).status()).isEqualTo(401);
    }

    @Test
    void badAccountsAreRefusedWithTheReasonAndConfiguredOnesAreChangedInTheConfiguration() {
        String admin = tokenOf("demo-admin");
        HttpApi.Response unreadable = api.put("/api/v1/accounts/someone", admin, "not json");
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(unreadable.contentType()).contains("application/problem+json");
        assertThat(unreadable.json().get("type").asString()).isEqualTo("urn:ponte:problem:unreadable-request");
        assertThat(api.put("/api/v1/accounts/No.Such.Id", admin, "{\"kind\":\"PERSON\",\"secret\":\"a long password here\",\"roles\":[\"ADMIN\"]}")
                .status()).as("an id that is not one").isEqualTo(400);

        HttpApi.Response noOffice = api.put("/api/v1/accounts/new.technician", admin,
                "{\"kind\":\"PERSON\",\"secret\":\"a long password here\",\"roles\":[\"TECHNICIAN\"]}");
        assertThat(noOffice.status()).isEqualTo(400);
        assertThat(noOffice.json().get("type").asString()).isEqualTo("urn:ponte:problem:invalid-request");
        assertThat(noOffice.json().get("detail").asString()).contains("without an office-id");

        assertThat(api.put("/api/v1/accounts/new.person", admin, "{\"kind\":\"PERSON\",\"secret\":\"short\",\"roles\":[\"ADMIN\"]}").status())
                .isEqualTo(400);
        assertThat(api.put("/api/v1/accounts/new.person", admin, "{\"kind\":\"PERSON\",\"roles\":[\"ADMIN\"]}").status())
                .as("a new account without a secret").isEqualTo(400);
        HttpApi.Response configured = api.put("/api/v1/accounts/demo-admin", admin,
                "{\"kind\":\"API_CLIENT\",\"secret\":\"a long secret to take over\",\"roles\":[\"ADMIN\"]}");
        assertThat(configured.status()).isEqualTo(409);
        assertThat(configured.json().get("type").asString()).isEqualTo("urn:ponte:problem:account-configured");
        assertThat(tokens.clientCredentials("demo-admin", "demo-secret").status()).isEqualTo(200);
    }
}
