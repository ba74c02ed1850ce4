package org.ponte.localstack;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The platform's public HTTP API as a script uses it: client-credentials tokens from the authorization server, JSON calls. */
public final class Api {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String issuer;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final Duration patience;

    public Api(String issuer) {
        this(issuer, Duration.ofSeconds(30));
    }

    /** With {@code patience} for each answer instead of 30 s. */
    public Api(String issuer, Duration patience) {
        this.issuer = issuer;
        this.patience = patience;
    }

    /** A token of a demo API client (secret {@code demo-secret}), fetched once and reused. */
    public String token(String client) {
        return tokens.computeIfAbsent(client, id -> {
            String basic = Base64.getEncoder().encodeToString((id + ":demo-secret").getBytes(StandardCharsets.UTF_8));
            JsonNode answer = send(HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token"))
                    .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")), 200);
            return answer.get("access_token").asString();
        });
    }

    public JsonNode post(String url, String client, Object body, int expectedStatus) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token(client))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body instanceof String text ? text : JSON.writeValueAsString(body))), expectedStatus);
    }

    /** A file as the request's body. */
    public JsonNode put(String url, String client, String contentType, byte[] body, int expectedStatus) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token(client))
                .header("Content-Type", contentType).PUT(HttpRequest.BodyPublishers.ofByteArray(body)), expectedStatus);
    }

    public JsonNode get(String url, String client) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token(client)).GET(), 200);
    }

    private JsonNode send(HttpRequest.Builder request, int expectedStatus) {
        try {
            HttpResponse<String> response = http.send(request.timeout(patience).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expectedStatus) {
                throw new IllegalStateException(response.request().method() + " " + response.request().uri() + " answered "
                        + response.statusCode() + ": " + response.body());
            }
            return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
