package org.ponte.runtime;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real Apache Kafka broker (KRaft, combined broker and controller) in a process of its own, from the
 * Kafka server classes on the classpath, with its data on disk: a test can stop it, as an outage
 * would, and start it again on the same address with the same data.
 */
public final class KafkaBrokerProcess implements AutoCloseable {

    private final Path directory;
    private final Path config;
    private final int port;
    private Process process;

    private KafkaBrokerProcess(Path directory, int port, int controllerPort) throws IOException, InterruptedException {
        this.directory = directory;
        this.port = port;
        this.config = directory.resolve("server.properties");
        Files.createDirectories(directory);
        if (Files.exists(directory.resolve("data").resolve("meta.properties"))) {
            return;
        }
        Files.writeString(config, String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@localhost:" + controllerPort,
                "listeners=PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort,
                "advertised.listeners=PLAINTEXT://localhost:" + port,
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + directory.resolve("data"),
                "num.partitions=2",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                // A killed broker's registration expires quickly, so that it can register again when restarted.
                "broker.heartbeat.interval.ms=500",
                "broker.session.timeout.ms=1500",
                "auto.create.topics.enable=true", ""));
        run("format", List.of("kafka.tools.StorageTool", "format", "-t", Uuid.randomUuid().toString(), "-c", config.toString()))
                .waitFor(60, TimeUnit.SECONDS);
    }

    /** Formats a new broker's storage in a temporary directory and starts it on free loopback ports. */
    public static KafkaBrokerProcess start() {
        try {
            return start(Files.createTempDirectory("kafka-process-"), freePort(), freePort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts a broker whose data lives in {@code directory}: formatted the first time, kept and reused on
     * every later start (the local stack's broker).
     */
    public static KafkaBrokerProcess start(Path directory, int port, int controllerPort) {
        try {
            KafkaBrokerProcess broker = new KafkaBrokerProcess(directory, port, controllerPort);
            broker.startAgain();
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    /** Asks the broker to shut down cleanly (SIGTERM), and kills it only if it has not within 20 seconds. */
    public void shutDown() {
        if (process != null) {
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    stop();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Kills the broker process, as a crash or an outage would; its data stays. */
    public void stop() {
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
    }

    /** Starts the broker on its address with the data it had, and waits until it answers. */
    public void startAgain() {
        process = run("kafka", List.of("kafka.Kafka", config.toString()));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        try (AdminClient admin = AdminClient.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2_000))) {
            while (true) {
                try {
                    admin.describeCluster().nodes().get(2, TimeUnit.SECONDS);
                    return;
                } catch (Exception notYet) {
                    if (Instant.now().isAfter(deadline) || !process.isAlive()) {
                        throw new IllegalStateException("Kafka did not start; see " + directory.resolve("kafka.log"), notYet);
                    }
                }
            }
        }
    }

    private Process run(String name, List<String> mainAndArguments) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path")));
        command.addAll(mainAndArguments);
        try {
            return new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve(name + ".log").toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Stops the broker and deletes its data. */
    @Override
    public void close() {
        stop();
        try (var files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // A temporary directory left behind is no failure of the test.
        }
    }
}
