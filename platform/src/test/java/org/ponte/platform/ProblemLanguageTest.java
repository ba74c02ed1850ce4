package org.ponte.platform;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ponte.testsupport.HttpApi;
import org.ponte.testsupport.RealInfrastructure;
import org.ponte.testsupport.TestTokens;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Problems read in English by integrations and in Portuguese by a reader who asks for it (Accept-Language): the
 * detail by problem type, each field's message by the constraint or rule it breaks, on every path a problem takes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class ProblemLanguageTest {

    @LocalServerPort
    int port;
    HttpApi api;

    @BeforeEach
    void connect() {
        api = new HttpApi("http://localhost:" + port);
    }

    private HttpApi.Response register(String body, String language) {
        HttpRequest.Builder request = api.request("/api/v1/people", TestTokens.admin()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return api.send(request);
    }

    private static String field(HttpApi.Response response, String name) {
        for (JsonNode error : response.json().get("errors")) {
            if (error.get("field").asString().equals(name)) {
                return error.get("message").asString();
            }
        }
        throw new AssertionError("no error on " + name + ": " + response);
    }

    @Test
    void aPortugueseReaderReadsTheFieldsMessagesInPortuguese() {
        HttpApi.Response portuguese = register("{\"fullName\": \" \", \"nationality\": \"brazil\"}", "pt-PT,pt;q=0.9,en;q=0.8");
        HttpApi.Response english = register("{\"fullName\": \" \", \"nationality\": \"brazil\"}", null);

        assertThat(portuguese.status()).isEqualTo(400);
        assertThat(portuguese.json().get("type").asString()).as("the type stays what clients branch on").isEqualTo("urn:ponte:problem:invalid-request");
        assertThat(portuguese.json().get("detail").asString()).isEqualTo("Alguns campos não são válidos.");
        assertThat(field(portuguese, "fullName")).isEqualTo("é obrigatório");
        assertThat(field(portuguese, "nationality")).isEqualTo("deve ser um código de país ISO 3166-1 alfa-2, como BR");
        assertThat(english.json().get("detail").asString()).isEqualTo("Some fields are not valid.");
        assertThat(field(english, "nationality")).isEqualTo("must be an ISO 3166-1 alpha-2 code such as BR");
    }

    @Test
    void aDomainRuleReadsInTheReadersLanguageAndAnIntegrationKeepsTheEnglish() {
        HttpApi.Response portuguese = register("{\"fullName\": \"Ana\", \"nationality\": \"ZZ\"}", "pt");
        HttpApi.Response englishFirst = register("{\"fullName\": \"Ana\", \"nationality\": \"ZZ\"}", "en-GB,pt;q=0.5");
        HttpApi.Response french = register("{\"fullName\": \"Ana\", \"nationality\": \"ZZ\"}", "fr");

        assertThat(portuguese.status()).isEqualTo(422);
        assertThat(portuguese.json().get("detail").asString()).isEqualTo("Um parâmetro tem um valor fora do intervalo aceite.");
        assertThat(field(portuguese, "nationality")).isEqualTo("deve estar entre os anos 1 e 9999");
        assertThat(field(englishFirst, "nationality")).isEqualTo("must be a country that exists");
        assertThat(french.json().get("detail").asString()).as("a language Ponte does not speak reads English").startsWith("must be a country");
    }

    @Test
    void theSecurityFiltersRefusalsAndSpringsOwnReadInPortugueseToo() {
        HttpApi.Response noToken = api.send(api.request("/api/v1/me", null).header("Accept-Language", "pt-PT").GET());
        HttpApi.Response wrongRole = api.send(api.request("/api/v1/reports/refresh", TestTokens.partner("partner-1"))
                .header("Accept-Language", "pt-PT").POST(HttpRequest.BodyPublishers.ofString("{}")));
        HttpApi.Response wrongMethod = api.send(api.request("/api/v1/people", TestTokens.admin()).header("Accept-Language", "pt-PT").GET());

        assertThat(noToken.status()).isEqualTo(401);
        assertThat(noToken.json().get("detail").asString()).isEqualTo("É preciso iniciar sessão.");
        assertThat(wrongRole.status()).isEqualTo(403);
        assertThat(wrongRole.json().get("detail").asString()).isEqualTo("O seu perfil ou âmbito não permite isto.");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.json().get("detail").asString()).isEqualTo("Esta operação não aceita este método.");
    }
}
