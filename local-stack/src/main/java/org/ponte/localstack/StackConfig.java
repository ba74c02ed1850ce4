package org.ponte.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Where the local stack keeps its data and which ports it uses. {@link #local} is the laptop stack on the
 * fixed ports of docs/operations.md; {@link #onFreePorts} is the same stack for tests, beside a platform already running.
 */
public record StackConfig(Path repoRoot, Path dataDir, int kafkaPort, int kafkaControllerPort, int mongoPort, int smtpPort,
                          int authPort, int casePort, int referralPort, int notificationPort, int reportingPort, int programmePort,
                          int frontendPort,
                          boolean demoData) {

    public static StackConfig local(Path repoRoot, Path dataDir, boolean demoData) {
        return new StackConfig(repoRoot, dataDir, 9092, 9093, 27017, 2525, 9000, 8081, 8082, 8083, 8084, 8085, 8080, demoData);
    }

    public static StackConfig onFreePorts(Path repoRoot, Path dataDir) {
        return new StackConfig(repoRoot, dataDir, free(), free(), free(), free(), free(), free(), free(), free(), free(), free(), free(), false);
    }

    public String issuer() {
        return "http://localhost:" + authPort;
    }

    public String url(int port) {
        return "http://localhost:" + port;
    }

    /**
     * The first of the three calendar years of the shipped CLAIM plan on this stack: the three that end with the
     * current year (2024–2026 in 2026), so that the demo year and the tests' new attendances fall inside it.
     */
    public int defaultPlanFirstYear() {
        return Year.now(ZoneOffset.UTC).getValue() - 2;
    }

    /** The id reporting-service gives the shipped plan of {@link #defaultPlanFirstYear()}. */
    public String defaultPlanId() {
        return "claim-lisboa-" + defaultPlanFirstYear() + "-" + (defaultPlanFirstYear() + 2);
    }

    /**
     * A port nothing listens on, and none handed out before by this process. Chosen below the kernel's ephemeral
     * range where that range is known: the parts bind their ports seconds after they are chosen, and meanwhile every
     * outgoing connection (Kafka clients, store pools) takes a local port from that range, which could be the one a
     * part is about to bind. Elsewhere, any free port.
     */
    static int free() {
        int ephemeralFrom = ephemeralRangeStart();
        for (int attempt = 0; ephemeralFrom > LOWEST + 1000 && attempt < 200; attempt++) {
            int candidate = LOWEST + ThreadLocalRandom.current().nextInt(ephemeralFrom - LOWEST);
            if (!HANDED_OUT.contains(candidate) && bindable(candidate)) {
                HANDED_OUT.add(candidate);
                return candidate;
            }
        }
        try (ServerSocket socket = new ServerSocket(0)) {
            HANDED_OUT.add(socket.getLocalPort());
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final int LOWEST = 10_000;
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    /** The first port of Linux's ephemeral range, or 0 where there is none to read. */
    private static int ephemeralRangeStart() {
        try {
            // Read as lines: Files.readString trusts the file's size, which procfs reports as 0, and returned "3" here.
            return Integer.parseInt(Files.readAllLines(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).get(0).trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException unknown) {
            return 0;
        }
    }
}
