package org.ponte.auth;

import org.ponte.testsupport.HttpApi;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

/** The token endpoint as a script or integration calls it, and a look inside the JWTs it returns. */
final class TokenEndpoint {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpApi api;

    TokenEndpoint(HttpApi api) {
        this.api = api;
    }

    HttpApi.Response clientCredentials(String clientId, String secret) {
        return post(clientId, secret, Map.of("grant_type", "client_credentials"));
    }

    HttpApi.Response post(String clientId, String secret, Map<String, String> form) {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return api.send(api.request("/oauth2/token", null)
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formEncoded(form))));
    }

    static String formEncoded(Map<String, String> form) {
        return form.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** The claims of a JWT, read without checking it: the services check it; here we look at what it says. */
    static JsonNode claims(String jwt) {
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }
}
