package org.ponte.deploy;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The alert rules as Prometheus reads them, and their unit tests, run by promtool. */
class AlertRulesTest {

    private static final Path RULES = Configuration.REPOSITORY.resolve("deploy/prometheus");

    @Test
    void theRulesAreValid() {
        Promtool.Outcome check = Promtool.run(RULES, "check", "rules", "alerts.yml");

        assertThat(check.passed()).as(check.output()).isTrue();
        assertThat(check.output()).contains("SUCCESS: 9 rules found");
    }

    @Test
    void eachAlertFiresWhenItShouldAndNotBefore() {
        Promtool.Outcome test = Promtool.run(RULES, "test", "rules", "alerts-test.yml");

        assertThat(test.passed()).as(test.output()).isTrue();
    }

    @Test
    void everyAlertHasAUnitTest() throws Exception {
        String rules = Files.readString(RULES.resolve("alerts.yml"));
        String tests = Files.readString(RULES.resolve("alerts-test.yml"));

        rules.lines().filter(line -> line.strip().startsWith("- alert: ")).map(line -> line.strip().substring("- alert: ".length()))
                .forEach(alert -> assertThat(tests).as(alert).contains("alertname: " + alert));
    }

    @Test
    void composePrometheusLoadsTheRules() throws Exception {
        assertThat(Files.readString(Configuration.REPOSITORY.resolve("deploy/prometheus.yml"))).contains("/etc/prometheus/alerts.yml");
        assertThat(Files.readString(Configuration.REPOSITORY.resolve("docker-compose.yml")))
                .contains("./deploy/prometheus/alerts.yml:/etc/prometheus/alerts.yml:ro");
    }
}
