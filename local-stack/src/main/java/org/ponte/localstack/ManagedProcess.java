package org.ponte.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** One part of the platform in a JVM of its own, its output in a log file, and how to tell that it is up. */
final class ManagedProcess {

    /**
     * Sized for two cores and a laptop: C1 only (start-up), the serial collector and a heap that starts small and
     * grows as needed: with the JVM's default initial heap (1/64 of the machine) a service fills a large young
     * generation before its first collection and idles far bigger than it needs (figures: docs/benchmarks.md).
     */
    static final List<String> JVM = List.of("-Xms16m", "-Xmx160m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final String name;
    private final Path log;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Process process;
    private final Instant startedAt = Instant.now();
    private volatile Duration readyAfter;

    private ManagedProcess(String name, Path log, List<String> command, Map<String, String> environment, Process process) {
        this.name = name;
        this.log = log;
        this.command = command;
        this.environment = environment;
        this.process = process;
    }

    /** From the launch to the moment it answered (its port, or its health check), once it has. */
    Duration readyAfter() {
        return readyAfter;
    }

    /** The resident memory of the process now, from {@code /proc} (Linux), or -1 where that cannot be read. */
    long residentBytes() {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status")).stream()
                    .filter(line -> line.startsWith("VmRSS:")).findFirst()
                    .map(line -> Long.parseLong(line.replaceAll("\\D", "")) * 1024).orElse(-1L);
        } catch (IOException | RuntimeException notLinux) {
            return -1;
        }
    }

    /**
     * {@code PONTE_PROFILE=case-service,reporting-service} records those parts with Java Flight Recorder (profile
     * settings) into {@code <tmp>/ponte-<name>.jfr}, kept after the stack stops, for {@code jfr view hot-methods}.
     */
    private static List<String> profiling(String name) {
        String profiled = System.getenv().getOrDefault("PONTE_PROFILE", "");
        if (!List.of(profiled.split(",")).contains(name)) {
            return List.of();
        }
        Path recording = Path.of(System.getProperty("java.io.tmpdir"), "ponte-" + name + ".jfr");
        return List.of("-XX:StartFlightRecording=filename=" + recording + ",settings=profile,dumponexit=true");
    }

    /** The options every part starts with: ours, then {@code PONTE_JVM_OPTIONS} (its {@code -Xmx512m} wins over ours). */
    static List<String> jvmOptions() {
        List<String> options = new ArrayList<>(JVM);
        options.addAll(operatorOptions());
        return options;
    }

    private static List<String> operatorOptions() {
        String options = System.getenv().getOrDefault("PONTE_JVM_OPTIONS", "").trim();
        return options.isEmpty() ? List.of() : List.of(options.split("\\s+"));
    }

    static ManagedProcess java(String name, Path logs, List<String> jvmAndProgram, Map<String, String> environment) {
        return java(name, logs, List.of(), jvmAndProgram, environment);
    }

    /** A part with options of its own, between our defaults and the operator's (so the operator's still win). */
    static ManagedProcess java(String name, Path logs, List<String> ownOptions, List<String> jvmAndProgram, Map<String, String> environment) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(JVM);
        command.addAll(ownOptions);
        command.addAll(operatorOptions());
        command.addAll(profiling(name));
        command.addAll(jvmAndProgram);
        try {
            Files.createDirectories(logs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return launch(name, logs.resolve(name + ".log"), List.copyOf(command), environment);
    }

    private static ManagedProcess launch(String name, Path log, List<String> command, Map<String, String> environment) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment);
            return new ManagedProcess(name, log, command, environment, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same program launched again, as an operator restarts a part that died (same log, ports and data). */
    ManagedProcess again() {
        return launch(name, log, command, environment);
    }

    /** Another instance of the same program under another name, on other ports, with {@code settings} added to its arguments. */
    ManagedProcess another(String otherName, int port, int managementPort, List<String> settings) {
        List<String> changed = new ArrayList<>(command.stream().map(arg -> arg.startsWith("--server.port=") ? "--server.port=" + port
                : arg.startsWith("--management.server.port=") ? "--management.server.port=" + managementPort : arg).toList());
        changed.addAll(settings);
        return launch(otherName, log.resolveSibling(otherName + ".log"), changed, environment);
    }

    /** Kills the process at once (SIGKILL), as a crash would: no shutdown hook, nothing flushed. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until the port takes connections. */
    void awaitPort(int port, Duration patience) {
        await(patience, () -> {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return true;
            } catch (IOException notYet) {
                return false;
            }
        });
    }

    /** Waits until {@code /actuator/health} answers 200. */
    void awaitHealthy(String baseUrl, Duration patience) {
        await(patience, () -> {
            try {
                return HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException notYet) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
    }

    private void await(Duration patience, BooleanSupplier ready) {
        Instant deadline = Instant.now().plus(patience);
        while (!ready.getAsBoolean()) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped while starting; see " + log);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(name + " did not come up within " + patience + "; see " + log);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        readyAfter = Duration.between(startedAt, Instant.now());
    }

    /** Asks the process to stop (SIGTERM: Spring Boot shuts down gracefully), and kills it if it does not. */
    void stop() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
