package org.ponte.frontend;

import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The services' REST APIs, called with the signed-in person's own access token (relayed, never shown to the
 * browser). A problem+json answer becomes a {@link Problem} the page can show next to the fields; a service
 * that does not answer becomes a {@link Unavailable}, so the rest of the page still works.
 */
@Component
public class ServiceApi {

    private final RestClient http;
    private final JsonMapper json;

    ServiceApi(OAuth2AuthorizedClientManager clients, JsonMapper json, ObjectProvider<ObservationRegistry> observations) {
        OAuth2ClientHttpRequestInterceptor relay = new OAuth2ClientHttpRequestInterceptor(clients);
        relay.setClientRegistrationIdResolver(request -> "ponte");
        // Observed, so that each call is a span of the page's trace and carries it on to the service (traceparent).
        this.http = RestClient.builder()
                .observationRegistry(observations.getIfAvailable(() -> ObservationRegistry.NOOP))
                .requestInterceptor(relay).requestInterceptor((request, body, execution) -> {
            // The services answer in the page's language where they have words to choose (notifications, problems).
            request.getHeaders().setAcceptLanguageAsLocales(List.of(LocaleContextHolder.getLocale()));
            FormKey.of(request).ifPresent(key -> request.getHeaders().set(FormKey.HEADER, key));
            return execution.execute(request, body);
        }).build();
        this.json = json;
    }

    public JsonNode get(String url) {
        return get(http.get().uri(url));
    }

    /** For an address built of parts, encoded once here and sent as it is: a search for "Maria Silva" arrives so. */
    public JsonNode get(UriComponentsBuilder url) {
        return get(http.get().uri(url.build().encode().toUri()));
    }

    private JsonNode get(RestClient.RequestHeadersSpec<?> spec) {
        return call(() -> spec.accept(MediaType.APPLICATION_JSON).retrieve()
                .onStatus(HttpStatusCode::isError, (request, response) -> {
                    throw problem(response.getStatusCode().value(), response.getBody().readAllBytes());
                }).body(String.class));
    }

    /** A report as CSV, to hand to the browser as a download. */
    public String csv(String url) {
        try {
            return http.get().uri(url).accept(MediaType.parseMediaType("text/csv")).retrieve()
                    .onStatus(HttpStatusCode::isError, (request, response) -> {
                        throw problem(response.getStatusCode().value(), response.getBody().readAllBytes());
                    }).body(String.class);
        } catch (ResourceAccessException down) {
            throw new Unavailable();
        }
    }

    public void delete(String url) {
        call(() -> http.delete().uri(url).retrieve()
                .onStatus(HttpStatusCode::isError, (request, response) -> {
                    throw problem(response.getStatusCode().value(), response.getBody().readAllBytes());
                }).body(String.class));
    }

    public JsonNode post(String url, Object body) {
        return call(() -> http.post().uri(url).contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .body(json.writeValueAsString(body)).retrieve()
                .onStatus(HttpStatusCode::isError, (request, response) -> {
                    throw problem(response.getStatusCode().value(), response.getBody().readAllBytes());
                }).body(String.class));
    }

    public JsonNode put(String url, Object body) {
        return put(url, body, null);
    }

    /** A change of a record read at {@code version}: If-Match makes someone else's change in between a 409. */
    public JsonNode put(String url, Object body, String version) {
        return call(() -> http.put().uri(url).headers(headers -> {
                    if (version != null && !version.isBlank()) {
                        headers.setIfMatch("\"" + version + "\"");
                    }
                }).contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .body(json.writeValueAsString(body)).retrieve()
                .onStatus(HttpStatusCode::isError, (request, response) -> {
                    throw problem(response.getStatusCode().value(), response.getBody().readAllBytes());
                }).body(String.class));
    }

    /** A JSON document as it was uploaded, as the request's body. */
    public JsonNode postJson(String url, byte[] document) {
        return call(() -> http.post().uri(url).contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .body(document).retrieve()
                .onStatus(HttpStatusCode::isError, (request, response) -> {
                    throw problem(response.getStatusCode().value(), response.getBody().readAllBytes());
                }).body(String.class));
    }

    /** A file as the request's body. */
    public JsonNode putFile(String url, String contentType, byte[] file) {
        return call(() -> http.put().uri(url).contentType(MediaType.parseMediaType(contentType)).accept(MediaType.APPLICATION_JSON)
                .body(file).retrieve()
                .onStatus(HttpStatusCode::isError, (request, response) -> {
                    throw problem(response.getStatusCode().value(), response.getBody().readAllBytes());
                }).body(String.class));
    }

    /** A file as the service answers it, to hand to the browser. */
    public ResponseEntity<byte[]> file(String url) {
        try {
            return http.get().uri(url).accept(MediaType.ALL).retrieve()
                    .onStatus(HttpStatusCode::isError, (request, response) -> {
                        throw problem(response.getStatusCode().value(), response.getBody().readAllBytes());
                    }).toEntity(byte[].class);
        } catch (ResourceAccessException down) {
            throw new Unavailable();
        }
    }

    private JsonNode call(Supplier<String> request) {
        try {
            String body = request.get();
            return body == null || body.isBlank() ? json.createObjectNode() : json.readTree(body);
        } catch (ResourceAccessException down) {
            throw new Unavailable();
        }
    }

    private Problem problem(int status, byte[] body) {
        JsonNode problem;
        try {
            problem = json.readTree(body);
        } catch (RuntimeException notJson) {
            problem = json.createObjectNode();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        problem.path("errors").forEach(error -> fields.put(error.path("field").asString(""), error.path("message").asString("")));
        return new Problem(status, problem.path("type").asString("").replace("urn:ponte:problem:", ""),
                problem.path("detail").asString("The service refused the request."), fields, problem);
    }

    /** A refusal of the service, with the fields at fault. */
    public static final class Problem extends RuntimeException {

        public final int status;
        public final String type;
        public final Map<String, String> fields;
        public final JsonNode body;

        public Problem(int status, String type, String detail, Map<String, String> fields, JsonNode body) {
            super(detail, null, false, false);
            this.status = status;
            this.type = type;
            this.fields = fields;
            this.body = body;
        }
    }

    /** The service did not answer. */
    public static final class Unavailable extends RuntimeException {

        Unavailable() {
            super("service unavailable", null, false, false);
        }
    }
}
