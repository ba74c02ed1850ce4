package org.ponte.platform;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ponte.platform.security.VerifiedTokens;
import org.ponte.testsupport.HttpApi;
import org.ponte.testsupport.RealInfrastructure;
import org.ponte.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import java.util.List;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What a caller of any Ponte service sees of its security, over real HTTP with real signed tokens. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class SecuredApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JwtDecoder decoder;
    HttpApi api;

    @BeforeEach
    void connect() {
        api = new HttpApi("http://localhost:" + port);
    }

    @Test
    void theServicesTokenDecoderRemembersVerifiedTokens() {
        assertThat(decoder).isInstanceOf(VerifiedTokens.class);
        String token = TestTokens.technician("lisboa");

        assertThat(api.get("/api/v1/me", token).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/me", token).status()).as("the remembered token still works").isEqualTo(200);
    }

    @Test
    void requestWithoutATokenIs401ProblemWithABearerChallenge() {
        HttpApi.Response response = api.get("/api/v1/me", null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.header("WWW-Authenticate")).hasValue("Bearer");
        assertThat(response.json().get("type").asString()).isEqualTo("urn:ponte:problem:authentication-required");
        assertThat(response.json().get("status").asInt()).isEqualTo(401);
    }

    @Test
    void tokenWithATamperedSignatureIs401InvalidToken() {
        String token = TestTokens.admin();
        String tampered = token.substring(0, token.length() - 6) + (token.endsWith("AAAAAA") ? "BBBBBB" : "AAAAAA");

        HttpApi.Response response = api.get("/api/v1/me", tampered);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).hasValueSatisfying(value -> assertThat(value).contains("invalid_token"));
    }

    @Test
    void expiredTokenIs401() {
        assertThat(api.get("/api/v1/me", TestTokens.token().subject("ana").roles("ADMIN").expired().build()).status())
                .isEqualTo(401);
    }

    @Test
    void tokenOfAnotherIssuerIs401() {
        assertThat(api.get("/api/v1/me", TestTokens.token().roles("ADMIN").issuer("https://elsewhere.invalid").build()).status())
                .isEqualTo(401);
    }

    @Test
    void technicianTokenWithoutAnOfficeIs401BecauseItsScopeIsUnknown() {
        HttpApi.Response response = api.get("/api/v1/me", TestTokens.token().subject("ana").roles("TECHNICIAN").build());

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("detail").asString()).contains("officeId");
    }

    @Test
    void currentUserCarriesTheTokensSubjectRolesAndScope() {
        HttpApi.Response response = api.get("/api/v1/me", TestTokens.technician("lisboa"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("id").asString()).isEqualTo("technician-lisboa");
        assertThat(response.json().get("roles").values()).extracting(node -> node.asString()).containsExactly("TECHNICIAN");
        assertThat(response.json().get("officeId").asString()).isEqualTo("lisboa");
    }

    @Test
    void rolesAreReadAsProvidersSpellThem() {
        String token = TestTokens.token().subject("kc-user").roles("role_manager", "offline_access").officeId("porto").build();

        assertThat(api.get("/api/v1/me", token).json().get("roles").values()).extracting(node -> node.asString())
                .containsExactly("MANAGER");
    }

    @Test
    void tokenOfTheWrongRoleIs403Problem() {
        HttpApi.Response response = api.post("/api/v1/reports/refresh", TestTokens.partner("partner-1"), "{}");

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString()).isEqualTo("urn:ponte:problem:access-denied");
        assertThat(api.post("/api/v1/reports/refresh", TestTokens.manager("lisboa"), "{}").status()).isEqualTo(200);
    }

    @Test
    void methodSecurityDenialIs403ProblemToo() {
        HttpApi.Response response = api.post("/api/v1/plans", TestTokens.manager("lisboa"), "{}");

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(api.post("/api/v1/plans", TestTokens.admin(), "{}").status()).isEqualTo(200);
    }

    @Test
    void technicianOfAnotherOfficeIs403AndSaysWhy() {
        HttpApi.Response response = api.get("/api/v1/offices/lisboa/people/p-1", TestTokens.technician("porto"));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().get("detail").asString()).contains("only technicians of the office");
    }

    @Test
    void managerOfTheOfficeSeesNoPersonalData() {
        assertThat(api.get("/api/v1/offices/lisboa/people/p-1", TestTokens.manager("lisboa")).status()).isEqualTo(403);
    }

    @Test
    void healthIsPublicButShowsNoDetails() {
        // Up once the sample consumer has caught up with its topic, a moment after the start.
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/actuator/health", null).status() == 200);
        HttpApi.Response health = api.get("/actuator/health", null);

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
        assertThat(health.json().has("components")).isFalse();
        assertThat(api.get("/actuator/health", TestTokens.admin()).json().get("components").get("mongo").get("status").asString())
                .isEqualTo("UP");
    }

    @Test
    void metricsNeedAnAdministratorUnlessDeclaredPublic() {
        assertThat(api.get("/actuator/prometheus", null).status()).isEqualTo(401);
        assertThat(api.get("/actuator/prometheus", TestTokens.technician("lisboa")).status()).isEqualTo(403);
        HttpApi.Response scraped = api.send(api.request("/actuator/prometheus", TestTokens.admin()).header("Accept", "text/plain").GET());
        assertThat(scraped.status()).isEqualTo(200);
        assertThat(scraped.body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void unexpectedFailureIs500ProblemThatRevealsNothingAndQuotesTheCorrelationId() {
        HttpApi.Response response = api.send(api.request("/api/v1/broken", TestTokens.admin())
                .header("X-Correlation-Id", "corr-test-500").GET());

        assertThat(response.status()).isEqualTo(500);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContain("secret-host").doesNotContain("IllegalStateException");
        assertThat(response.json().get("correlationId").asString()).isEqualTo("corr-test-500");
        assertThat(response.header("X-Correlation-Id")).hasValue("corr-test-500");
    }

    @Test
    void everyResponseCarriesACorrelationIdEvenWhenTheCallerSentNone() {
        assertThat(List.of(api.get("/api/v1/me", null), api.get("/api/v1/me", TestTokens.admin())))
                .allSatisfy(response -> assertThat(response.header("X-Correlation-Id")).isPresent());
    }
}
