package org.ponte.notifications.person;

import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** This service's own access token (client credentials), fetched when needed and kept until shortly before it expires. */
@Component
class ServiceToken {

    private final RestClient http;
    private final ReminderProperties properties;
    private final JsonMapper json;
    private final Clock clock;
    private String token;
    private Instant renewAt = Instant.MIN;

    ServiceToken(ReminderProperties properties, JsonMapper json, Clock clock) {
        this.http = RestClient.builder().requestFactory(timingOut(properties.timeout())).build();
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    synchronized String current() {
        if (token == null || !Instant.now(clock).isBefore(renewAt)) {
            MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
            form.add("grant_type", "client_credentials");
            JsonNode answer = json.readTree(http.post().uri(properties.tokenUri())
                    .headers(headers -> headers.setBasicAuth(properties.clientId(), properties.clientSecret() == null ? "" : properties.clientSecret()))
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED).accept(MediaType.APPLICATION_JSON).body(form)
                    .retrieve().body(String.class));
            token = answer.get("access_token").asString();
            renewAt = Instant.now(clock).plusSeconds(Math.max(0, answer.path("expires_in").asLong(60) - 30));
        }
        return token;
    }

    /** Calls that give up after {@code timeout}, to connect and to read: a service away must not hold the dispatcher. */
    static SimpleClientHttpRequestFactory timingOut(Duration timeout) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(timeout);
        requests.setReadTimeout(timeout);
        return requests;
    }

    synchronized void forget() {
        token = null;
    }
}
