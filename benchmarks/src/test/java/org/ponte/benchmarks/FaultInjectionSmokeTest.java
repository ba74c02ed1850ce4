package org.ponte.benchmarks;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.ponte.localstack.Platform;
import org.ponte.localstack.StackConfig;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every fault test, short and at a low rate, on one platform of its own, so that the harness never rots and the
 * platform's survival is checked on every build: each verdict must pass. The full runs (./ponte bench kill, …)
 * give docs/benchmarks.md's.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultInjectionSmokeTest {

    private static Path data;
    private static Platform platform;
    private static PartnerWebhooks webhooks;
    private static Faults faults;

    @BeforeAll
    static void startPlatform() throws Exception {
        data = Files.createTempDirectory("ponte-fault-smoke-");
        platform = Platform.start(StackConfig.onFreePorts(Path.of("..").toAbsolutePath().normalize(), data), line -> { });
        webhooks = new PartnerWebhooks();
        faults = new Faults(platform, webhooks, line -> System.out.println("[fault] " + line));
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
        if (webhooks != null) {
            webhooks.close();
        }
    }

    @Test
    @Order(1)
    void aPartnerEndpointDown() throws Exception {
        assertPassed("webhook-down");
    }

    @Test
    @Order(2)
    void poisonOnEveryTopic() throws Exception {
        assertPassed("poison");
    }

    @Test
    @Order(3)
    void aRebalanceOfTwoInstances() throws Exception {
        assertPassed("rebalance");
    }

    @Test
    @Order(4)
    void killEachServiceAndTheBroker() throws Exception {
        assertPassed("kill");
    }

    private static void assertPassed(String fault) throws Exception {
        Faults.Verdict verdict = Bench.fault(faults, fault, Faults.Settings.smoke());
        String markdown = Bench.markdown(verdict);
        Bench.write(Path.of("target", "results"), "fault-" + fault + "-smoke", verdict, markdown);
        assertThat(verdict.checks()).as(markdown).isNotEmpty().allMatch(Faults.Check::passed);
        assertThat(verdict.answered201()).as("the load ran").isPositive();
    }
}
