package org.ponte.testsupport;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * Real HTTP calls to a service under test, as its clients make them: JSON in and out, a bearer token.
 * <pre>{@code
 * HttpApi api = new HttpApi("http://localhost:" + port);
 * HttpApi.Response created = api.post("/api/v1/cases", TestTokens.technician("lisboa"), "{...}");
 * assertThat(created.status()).isEqualTo(201);
 * }</pre>
 */
public final class HttpApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String baseUrl;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public HttpApi(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public Response get(String path, String bearer) {
        return send(request(path, bearer).GET());
    }

    public Response post(String path, String bearer, String json) {
        return send(request(path, bearer).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response put(String path, String bearer, String json) {
        return send(request(path, bearer).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response delete(String path, String bearer) {
        return send(request(path, bearer).DELETE());
    }

    /** For anything else: headers of your own, another method, another body. */
    public HttpRequest.Builder request(String path, String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(20))
                .header("Accept", "application/json, application/problem+json");
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return request;
    }

    /** What an operator's Prometheus scrapes from {@code /actuator/prometheus}, as an administrator. */
    public String prometheus() {
        return send(request("/actuator/prometheus", TestTokens.admin()).header("Accept", "text/plain").GET()).body();
    }

    /**
     * The sum of one Prometheus series' samples whose labels include every {@code label="value"} given, e.g.
     * {@code metric("ponte_referrals_transitions_total", "status=\"CANCELLED\"")}; 0 when none is there yet.
     */
    public double metric(String series, String... labels) {
        return prometheus().lines().filter(line -> line.startsWith(series + "{") || line.startsWith(series + " "))
                .filter(line -> Arrays.stream(labels).allMatch(line::contains))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    public Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Response(int status, HttpHeaders headers, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        public String contentType() {
            return header("Content-Type").orElse("");
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
