package org.ponte.auth;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ponte.servicefixture.FixtureService;
import org.ponte.testsupport.HttpApi;
import org.ponte.testsupport.TestInfrastructure;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real authorization server and a service on the platform's resource-server setup, each a Spring Boot
 * application on its own port: a token from the client-credentials grant opens the service's API with the
 * client's role and scope, and only within them.
 */
class ServiceAcceptsAuthorizationServerTokensTest {

    static ConfigurableApplicationContext authorizationServer;
    static ConfigurableApplicationContext service;
    static TokenEndpoint tokens;
    static HttpApi serviceApi;

    @BeforeAll
    static void start() {
        authorizationServer = new SpringApplicationBuilder(AuthServerApplication.class)
                .profiles("demo", "test").run("--server.port=0", "--spring.mongodb.uri=" + TestInfrastructure.embedded().mongoUri());
        String issuer = "http://localhost:" + port(authorizationServer);
        // Its own config name, so that the service does not read the authorization server's application.yml.
        service = new SpringApplicationBuilder(FixtureService.class).properties(
                "spring.config.name=fixture-service",
                "spring.application.name=fixture-service",
                "server.port=0",
                "spring.mongodb.uri=" + TestInfrastructure.embedded().mongoUri(),
                "spring.kafka.bootstrap-servers=" + TestInfrastructure.embedded().kafkaBootstrapServers(),
                "spring.mongodb.database=fixture-service",
                "spring.security.oauth2.resourceserver.jwt.issuer-uri=" + issuer).run();
        tokens = new TokenEndpoint(new HttpApi(issuer));
        serviceApi = new HttpApi("http://localhost:" + port(service));
    }

    @AfterAll
    static void stop() {
        service.close();
        authorizationServer.close();
    }

    @Test
    void clientCredentialsTokenIsAcceptedWithItsRoleAndScope() {
        String token = tokens.clientCredentials("demo-technician-lisboa", "demo-secret").json().get("access_token").asString();

        HttpApi.Response me = serviceApi.get("/api/v1/me", token);

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("id").asString()).isEqualTo("demo-technician-lisboa");
        assertThat(me.json().get("roles").get(0).asString()).isEqualTo("TECHNICIAN");
        assertThat(me.json().get("officeId").asString()).isEqualTo("lisboa");
        assertThat(serviceApi.get("/api/v1/cases", token).json().get("officeId").asString()).isEqualTo("lisboa");
    }

    @Test
    void partnerTokenIsAcceptedButNotForTechnicianWork() {
        String token = tokens.clientCredentials("demo-partner-1", "demo-secret").json().get("access_token").asString();

        assertThat(serviceApi.get("/api/v1/me", token).json().get("partnerId").asString()).isEqualTo("partner-1");
        assertThat(serviceApi.get("/api/v1/cases", token).status()).isEqualTo(403);
    }

    @Test
    void withoutATokenTheServiceAnswers401() {
        assertThat(serviceApi.get("/api/v1/cases", null).status()).isEqualTo(401);
    }

    private static int port(ConfigurableApplicationContext context) {
        return context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }
}
