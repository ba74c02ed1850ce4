package org.ponte.auth;

import org.junit.jupiter.api.BeforeEach;
import org.ponte.testsupport.HttpApi;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The server's own API, called with tokens it issues to the demo clients (secret {@code demo-secret}). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
abstract class ServerApiTest {

    @LocalServerPort
    int port;
    HttpApi api;
    TokenEndpoint tokens;

    @BeforeEach
    void connect() {
        api = new HttpApi("http://localhost:" + port);
        tokens = new TokenEndpoint(api);
    }

    String tokenOf(String client) {
        return tokens.clientCredentials(client, "demo-secret").json().get("access_token").asString();
    }
}
