package org.ponte.deploy;

import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ponte.testsupport.RealInfrastructure;
import org.ponte.testsupport.TestInfrastructure;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every part's image, as Maven built it without a container engine ({@code <part>/target/jib-image.tar}, Jib), read
 * the way an engine reads it, and one of them started from its own file system as the user it names.
 */
@RealInfrastructure
class ImagesTest {

    private static final Map<String, Integer> PORTS = Map.of("auth-server", 9000, "case-service", 8081, "referral-service", 8082,
            "notification-service", 8083, "reporting-service", 8084, "programme-service", 8085, "case-frontend", 8080);
    private static final String VERSION = "0.1.0-SNAPSHOT";

    private final KubernetesSerialization json = new KubernetesSerialization();

    @Test
    void everyPartIsAnImageThatRunsAsANonRootUserOnTheSharedRuntime(@TempDir Path work) throws Exception {
        Set<String> runtimeLayers = new HashSet<>();
        for (var part : PORTS.entrySet()) {
            Image image = Image.read(Configuration.REPOSITORY.resolve(part.getKey()).resolve("target/jib-image.tar"), work.resolve(part.getKey()), json);

            assertThat(image.repoTags()).as(part.getKey()).containsExactly("ponte/" + part.getKey() + ":" + VERSION);
            assertThat(image.user()).as(part.getKey()).isEqualTo("10001:10001");
            assertThat(image.entrypoint()).as(part.getKey()).startsWith("/opt/java/bin/java");
            assertThat(image.environment()).as(part.getKey()).contains("PORT=" + part.getValue(), "LANG=C.UTF-8");
            assertThat(image.exposedPorts()).as(part.getKey()).containsExactly(part.getValue() + "/tcp");
            // Reproducible: no build time in the image, so the same inputs give the same digest.
            assertThat(image.created()).as(part.getKey()).startsWith("1970-01-01T00:00:");
            // The runtime (Java, C library, users) is the last layer, the same bytes in every part's image.
            runtimeLayers.add(image.diffIds().get(image.diffIds().size() - 1));
        }
        assertThat(runtimeLayers).hasSize(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void composeRunsTheseImages() throws Exception {
        Map<String, Object> compose = json.unmarshal(Files.readString(Configuration.REPOSITORY.resolve("docker-compose.yml")), Map.class);
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
        for (String part : PORTS.keySet()) {
            assertThat(services.get(part).get("image")).as(part).isEqualTo("ponte/" + part + ":" + VERSION);
            assertThat(services.get(part)).as(part).doesNotContainKey("build");
            Map<String, Object> healthcheck = (Map<String, Object>) services.get(part).get("healthcheck");
            assertThat((List<String>) healthcheck.get("test")).as(part).startsWith("CMD", "/opt/java/bin/java", "-cp", "/opt/ponte", "HealthCheck");
        }
    }

    /**
     * The authorization server's image, unpacked layer by layer as an engine would, started in a root of its own as the
     * user its configuration names, against the test's store: it becomes ready, issues a token, and runs as uid 10001.
     * Changing root and user needs root, as an engine does; the CI machine runs as root.
     */
    @Test
    void anImageStartsFromItsOwnFileSystemAsItsOwnUser(TestInfrastructure infrastructure, @TempDir Path work) throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")),
                "starting an image without an engine changes root and user, which needs root");
        Image image = Image.read(Configuration.REPOSITORY.resolve("auth-server/target/jib-image.tar"), work.resolve("image"), json);
        Path root = image.unpack(work);
        Path java = root.resolve("opt/java/bin/java");
        assertThat(Files.getPosixFilePermissions(java)).contains(PosixFilePermission.OTHERS_EXECUTE);

        int port = Image.freePort();
        int managementPort = Image.freePort();
        // What an engine does that this test does itself: mount /proc, change root, take the image's user and PATH.
        List<String> command = new ArrayList<>(List.of("unshare", "--mount", "--pid", "--fork", "--kill-child", "sh", "-c",
                "root=$0; user=$1; path=$2; shift 2; mount -t proc proc \"$root/proc\" "
                        + "&& exec env PATH=\"$path\" \"$(command -v chroot)\" --userspec=\"$user\" \"$root\" \"$@\"",
                root.toString(), image.user(), image.variable("PATH")));
        command.addAll(image.entrypoint());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(work.resolve("auth-server.log").toFile());
        String hostPath = builder.environment().get("PATH");
        builder.environment().clear();
        image.environment().forEach(variable -> builder.environment().put(variable.substring(0, variable.indexOf('=')),
                variable.substring(variable.indexOf('=') + 1)));
        builder.environment().put("PATH", hostPath);
        builder.environment().putAll(Map.of(
                "PORT", String.valueOf(port),
                "MANAGEMENT_SERVER_PORT", String.valueOf(managementPort),
                "MONGODB_URI", infrastructure.mongoUri(),
                "MONGODB_DATABASE", "image-test-auth",
                "PONTE_AUTH_ISSUER", "http://localhost:" + port,
                "PONTE_AUTH_SIGNINGKEYS_PASSWORD", "a password for this test only",
                "PONTE_AUTH_APICLIENTS_0_CLIENTID", "image-test",
                "PONTE_AUTH_APICLIENTS_0_SECRET", "image-test-secret",
                "PONTE_AUTH_APICLIENTS_0_ROLES_0", "ADMIN",
                "JAVA_TOOL_OPTIONS", "-Xmx192m -XX:TieredStopAtLevel=1"));
        Process container = builder.start();
        try {
            HttpClient http = HttpClient.newHttpClient();
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                assertThat(container.isAlive()).as("still running (see %s)", work.resolve("auth-server.log")).isTrue();
                assertThat(get(http, "http://localhost:" + managementPort + "/actuator/health/readiness")).isEqualTo(200);
            });

            HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oauth2/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("image-test:image-test-secret".getBytes()))
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
            assertThat(token.body()).contains("\"access_token\"");
            // Spring logged the user it ran as: the image's.
            assertThat(Files.readString(work.resolve("auth-server.log"))).contains("started by ponte in /");

            ProcessHandle javaProcess = container.toHandle().descendants()
                    .filter(process -> process.info().command().orElse("").endsWith("/opt/java/bin/java")).findFirst().orElseThrow();
            assertThat(Files.readAllLines(Path.of("/proc", String.valueOf(javaProcess.pid()), "status")))
                    .filteredOn(line -> line.startsWith("Uid:") || line.startsWith("Gid:"))
                    .allSatisfy(line -> assertThat(line.split("\\s+")).containsOnly(line.substring(0, 4), "10001"));
        } finally {
            // unshare ignores SIGTERM while it waits for its child: stop the part itself, then the wrapper.
            container.descendants().forEach(ProcessHandle::destroy);
            if (!container.waitFor(30, TimeUnit.SECONDS)) {
                container.destroyForcibly().waitFor();
            }
        }
    }

    private static int get(HttpClient http, String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception notYet) {
            return 0;
        }
    }
}
