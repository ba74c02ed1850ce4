package org.ponte.referrals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.ponte.testsupport.HttpApi;
import org.ponte.testsupport.RealInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** referral-service on a free port with the real broker and store; each test starts with a {@link ReferralWorld}. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "ponte.referrals.replica-wait=2s")
@RealInfrastructure
abstract class ReferralServiceTest {

    @LocalServerPort
    int port;
    ReferralWorld world;
    HttpApi api;

    @BeforeEach
    void world() {
        world = new ReferralWorld(port);
        api = world.api;
    }

    @AfterEach
    void close() {
        world.close();
    }
}
