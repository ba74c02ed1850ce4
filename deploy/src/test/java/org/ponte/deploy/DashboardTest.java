package org.ponte.deploy;

import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Grafana dashboard: a panel for each thing an operator watches, and every query one Prometheus accepts (each
 * checked by promtool as a recording rule).
 */
class DashboardTest {

    private static final Path DASHBOARD = Configuration.REPOSITORY.resolve("deploy/grafana/ponte-dashboard.json");

    @Test
    @SuppressWarnings("unchecked")
    void everyPanelQueriesPrometheusWithValidPromQl(@org.junit.jupiter.api.io.TempDir Path directory) throws Exception {
        Map<String, Object> dashboard = new KubernetesSerialization().unmarshal(Files.readString(DASHBOARD), Map.class);
        List<Map<String, Object>> panels = (List<Map<String, Object>>) dashboard.get("panels");
        List<String> titles = panels.stream().map(panel -> ((String) panel.get("title")).toLowerCase()).toList();
        for (String watched : List.of("requests", "errors", "latency", "outbox backlog", "consumer lag", "dead letters", "deliveries",
                "circuit", "referrals overdue")) {
            assertThat(titles).as(watched).anyMatch(title -> title.contains(watched));
        }
        StringBuilder rules = new StringBuilder("groups:\n  - name: dashboard\n    rules:\n");
        List<String> expressions = new ArrayList<>();
        panels.forEach(panel -> ((List<Map<String, Object>>) panel.get("targets")).forEach(target -> expressions.add((String) target.get("expr"))));
        for (int i = 0; i < expressions.size(); i++) {
            rules.append("      - record: ponte:dashboard_query_").append(i).append("\n        expr: '")
                    .append(expressions.get(i).replace("'", "''")).append("'\n");
        }
        Files.writeString(directory.resolve("dashboard-queries.yml"), rules);

        Promtool.Outcome check = Promtool.run(directory, "check", "rules", "dashboard-queries.yml");

        assertThat(check.passed()).as(check.output()).isTrue();
        assertThat(check.output()).contains("SUCCESS: " + expressions.size() + " rules found");
    }
}
