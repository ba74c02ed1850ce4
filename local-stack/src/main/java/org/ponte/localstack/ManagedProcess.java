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

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final String name;
    private final Path log;
    private final Process process;
    private final Instant startedAt = Instant.now();
    private volatile Duration readyAfter;

    private ManagedProcess(String name, Path log, Process process) {
        this.name = name;
        this.log = log;
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

    static ManagedProcess java(String name, Path logs, List<String> jvmAndProgram, Map<String, String> environment) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k"));
        command.addAll(profiling(name));
        command.addAll(jvmAndProgram);
        try {
            Files.createDirectories(logs);
            Path log = logs.resolve(name + ".log");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment);
            return new ManagedProcess(name, log, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
