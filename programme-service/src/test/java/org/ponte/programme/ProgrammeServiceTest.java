package org.ponte.programme;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.ponte.testsupport.HttpApi;
import org.ponte.testsupport.RealInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** programme-service on a free port with the real broker and store; each test starts with a {@link ProgrammeWorld}. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ponte.programme.activities.replica-wait=2s", "ponte.programme.resources.max-file-size=64KB"})
@RealInfrastructure
abstract class ProgrammeServiceTest {

    @LocalServerPort
    int port;
    ProgrammeWorld world;
    HttpApi api;

    @BeforeEach
    void world() {
        world = new ProgrammeWorld(port);
        api = world.api;
    }

    @AfterEach
    void close() {
        world.close();
    }
}
