package org.ponte.cases;

import org.junit.jupiter.api.BeforeEach;
import org.ponte.testsupport.HttpApi;
import org.ponte.testsupport.RealInfrastructure;
import org.ponte.testsupport.TestTokens;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** case-service on a free port with the real broker and store, called over HTTP as technicians and other services do. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
abstract class CaseServiceTest {

    static final String LISBOA = TestTokens.technician("lisboa");

    @LocalServerPort
    int port;
    CaseServiceClient client;
    HttpApi api;

    @BeforeEach
    void connect() {
        client = new CaseServiceClient(port);
        api = client.api;
    }
}
