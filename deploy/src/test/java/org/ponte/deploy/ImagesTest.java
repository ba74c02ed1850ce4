package org.ponte.deploy;

import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one Dockerfile every part's image is built from (no engine here to build it: what it says is checked), and
 * docker-compose building each part from it.
 */
class ImagesTest {

    private static final List<String> PARTS = List.of("auth-server", "case-service", "referral-service", "notification-service",
            "reporting-service", "programme-service", "case-frontend");

    @Test
    void theImageRunsAsANonRootUserWithAHealthCheckAndClassDataSharing() throws Exception {
        List<String> lines = Files.readAllLines(Configuration.REPOSITORY.resolve("Dockerfile"));
        List<String> finalStage = lines.subList(lines.lastIndexOf(lines.stream().filter(l -> l.startsWith("FROM ")).reduce((a, b) -> b).orElseThrow()),
                lines.size());

        assertThat(finalStage).anyMatch(line -> line.matches("USER [1-9][0-9]*:[1-9][0-9]*"));
        assertThat(finalStage).anyMatch(line -> line.startsWith("HEALTHCHECK ") );
        assertThat(String.join("\n", finalStage)).contains("/actuator/health").contains("-XX:SharedArchiveFile=app.jsa");
        assertThat(String.join("\n", lines)).contains("-XX:ArchiveClassesAtExit=app.jsa");
    }

    @Test
    @SuppressWarnings("unchecked")
    void composeBuildsEveryPartFromThatImage() throws Exception {
        Map<String, Object> compose = new KubernetesSerialization().unmarshal(
                Files.readString(Configuration.REPOSITORY.resolve("docker-compose.yml")), Map.class);
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
        for (String part : PARTS) {
            Map<String, Object> build = (Map<String, Object>) services.get(part).get("build");
            assertThat(build.get("context")).as(part).isEqualTo(".");
            assertThat((Map<String, Object>) build.get("args")).as(part).containsEntry("MODULE", part);
            assertThat(services.get(part).get("image")).as(part).isEqualTo("ponte/" + part + ":local");
        }
    }
}
