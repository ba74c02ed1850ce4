package org.ponte.auth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ponte.testsupport.HttpApi;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Scripts and partner integrations get tokens with the client-credentials grant and the demo API clients. */
class ClientCredentialsGrantTest extends ServerApiTest {

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "demo-technician-lisboa, TECHNICIAN,  lisboa, -,         -",
            "demo-technician-porto,  TECHNICIAN,  porto,  -,         -",
            "demo-partner-1,         PARTNER,     -,      partner-1, -",
            "demo-partner-2,         PARTNER,     -,      partner-2, -",
            "demo-manager-lisboa,    MANAGER,     lisboa, -,         -",
            "demo-coordinator,       COORDINATOR, -,      -,         -",
            "demo-coordinator-norte, COORDINATOR, -,      -,         PT11",
            "demo-admin,             ADMIN,       -,      -,         -"})
    void eachDemoClientGetsATokenWithItsRoleAndScope(String clientId, String role, String officeId, String partnerId, String region) {
        HttpApi.Response response = tokens.clientCredentials(clientId, "demo-secret");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("token_type").asString()).isEqualTo("Bearer");
        JsonNode claims = TokenEndpoint.claims(response.json().get("access_token").asString());
        assertThat(claims.get("sub").asString()).isEqualTo(clientId);
        assertThat(claims.get("iss").asString()).isEqualTo("http://localhost:" + port);
        assertThat(claims.get("roles").values()).extracting(JsonNode::asString).containsExactly(role);
        assertThat(claims.path("officeId").asString(null)).isEqualTo(officeId);
        assertThat(claims.path("partnerId").asString(null)).isEqualTo(partnerId);
        assertThat(claims.path("region").asString(null)).isEqualTo(region);
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(30 * 60);
    }

    @Test
    void aWrongSecretGetsNoToken() {
        HttpApi.Response response = tokens.clientCredentials("demo-admin", "guess");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("error").asString()).isEqualTo("invalid_client");
    }

    @Test
    void anUnknownClientGetsNoToken() {
        assertThat(tokens.clientCredentials("demo-nobody", "demo-secret").status()).isEqualTo(401);
    }

    @Test
    void discoveryTellsResourceServersWhereTheKeysAre() {
        HttpApi.Response discovery = api.get("/.well-known/openid-configuration", null);

        assertThat(discovery.status()).isEqualTo(200);
        assertThat(discovery.json().get("issuer").asString()).isEqualTo("http://localhost:" + port);
        assertThat(discovery.json().get("token_endpoint").asString()).endsWith("/oauth2/token");
        assertThat(discovery.json().get("code_challenge_methods_supported").values()).extracting(JsonNode::asString).contains("S256");
        HttpApi.Response keys = api.get("/oauth2/jwks", null);
        assertThat(keys.json().get("keys").get(0).get("kty").asString()).isEqualTo("RSA");
        assertThat(keys.body()).doesNotContain("\"d\"");
    }

    @Test
    void healthIsPublic() {
        HttpApi.Response health = api.get("/actuator/health", null);
        assertThat(health.status()).as(health.body()).isEqualTo(200);
    }
}
