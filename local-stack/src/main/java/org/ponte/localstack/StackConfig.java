package org.ponte.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;

/**
 * Where the local stack keeps its data and which ports it uses. {@link #local} is the laptop stack on the
 * ports of DESIGN.md; {@link #onFreePorts} is the same stack for tests, beside a platform already running.
 */
public record StackConfig(Path repoRoot, Path dataDir, int kafkaPort, int kafkaControllerPort, int mongoPort, int smtpPort,
                          int authPort, int casePort, int referralPort, int notificationPort, int reportingPort, int frontendPort,
                          boolean demoData) {

    public static StackConfig local(Path repoRoot, Path dataDir, boolean demoData) {
        return new StackConfig(repoRoot, dataDir, 9092, 9093, 27017, 2525, 9000, 8081, 8082, 8083, 8084, 8080, demoData);
    }

    public static StackConfig onFreePorts(Path repoRoot, Path dataDir) {
        return new StackConfig(repoRoot, dataDir, free(), free(), free(), free(), free(), free(), free(), free(), free(), free(), false);
    }

    public String issuer() {
        return "http://localhost:" + authPort;
    }

    public String url(int port) {
        return "http://localhost:" + port;
    }

    static int free() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
