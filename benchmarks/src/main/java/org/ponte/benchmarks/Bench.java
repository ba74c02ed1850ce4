package org.ponte.benchmarks;

import org.ponte.localstack.Platform;
import org.ponte.localstack.StackConfig;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * {@code ./ponte bench <name> [--smoke] [--rate=N] [--seconds=S]}: starts the whole platform on free ports (its
 * own data, beside anything already running), runs one benchmark against its public HTTP API, and writes the
 * result as JSON and as a Markdown table to {@code benchmarks/target/results/}.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        String name = args.length > 0 && !args[0].startsWith("--") ? args[0] : "ingest";
        if (!name.equals("ingest")) {
            System.err.println("usage: ./ponte bench ingest [--smoke] [--rate=500] [--seconds=60]");
            System.exit(2);
        }
        IngestBenchmark.Settings settings = hasFlag(args, "--smoke") ? IngestBenchmark.Settings.smoke() : IngestBenchmark.Settings.full();
        settings = new IngestBenchmark.Settings(settings.cases(), settings.clients(), settings.warmUp(), settings.anchor(), settings.throughput(),
                intFlag(args, "--rate", settings.rate()), Duration.ofSeconds(intFlag(args, "--seconds", (int) settings.latency().toSeconds())));
        Path repoRoot = Path.of(System.getProperty("ponte.repo", ".")).toAbsolutePath().normalize();
        IngestBenchmark.Result result = ingest(repoRoot, settings);
        Path written = write(repoRoot.resolve("benchmarks").resolve("target").resolve("results"), "ingest", result);
        System.out.println();
        System.out.println(markdown(result));
        System.out.println("[bench] written to " + written + " (.json and .md)");
        System.exit(0);
    }

    static IngestBenchmark.Result ingest(Path repoRoot, IngestBenchmark.Settings settings) throws Exception {
        Path data = Files.createTempDirectory("ponte-bench-");
        try (Platform platform = Platform.start(StackConfig.onFreePorts(repoRoot, data), line -> say("platform: " + line))) {
            return new IngestBenchmark(platform, Bench::say).run(settings);
        } finally {
            delete(data);
        }
    }

    /** Writes {@code <name>.json} and {@code <name>.md}; returns the path without extension. */
    static Path write(Path directory, String name, IngestBenchmark.Result result) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve(name + ".json"),
                JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(result));
        Files.writeString(directory.resolve(name + ".md"), markdown(result));
        return directory.resolve(name);
    }

    static String markdown(IngestBenchmark.Result r) {
        return """
                | ingest | measured | anchor in the same run | target | met |
                |---|---|---|---|---|
                | attendances stored and relayed to Kafka, per second (%d clients) | %.0f /s | %.0f single-document inserts/s of %d bytes into the same store | ≥ 0.5 × anchor | %s (%.2f ×) |
                | latency at %d attendances/s for %d s (open loop), p50 / p90 / p99 / p99.9 / max | %.1f / %.1f / %.1f / %.1f / %.1f ms | — | p99 < 50 ms | %s |
                | answered 201 | %d of %d (achieved %.0f /s)%s | — | all | %s |
                | freshness: from the 201 to reporting-service applying the event, p50 / p99 / max | %.0f / %.0f / %.0f ms over %d (%d missing) | — | p99 < 1 s | %s |

                %s
                Machine: %s.
                """.formatted(r.settings().clients(), r.attendancesPerSecond(), r.rawInsertsPerSecond(), r.documentBytes(),
                r.ratio() >= 0.5 ? "yes" : "no", r.ratio(), r.rate(), r.settings().latency().toSeconds(), r.p50Ms(), r.p90Ms(), r.p99Ms(),
                r.p999Ms(), r.maxMs(), r.p99Ms() < 50 ? "yes" : "no", r.sent() - r.failed(), r.sent(), r.achievedRate(),
                r.failures().isEmpty() ? "" : "; the rest: " + r.failures(), r.failed() == 0 ? "yes" : "no",
                r.freshness().p50Ms(), r.freshness().p99Ms(), r.freshness().maxMs(), r.freshness().measured(), r.freshness().missing(),
                r.freshness().missing() == 0 && r.freshness().p99Ms() < 1000 ? "yes" : "no", parts(r), r.machine().describe());
    }

    /** Start-up and memory of every part (targets for the services: ready in 10 s, 300 MB after the runs). */
    private static String parts(IngestBenchmark.Result r) {
        StringBuilder table = new StringBuilder("\n| part | ready after launch (all at once) | RSS idle | RSS after the runs |\n|---|---|---|---|\n");
        double total = 0;
        for (IngestBenchmark.PartFigures part : r.parts()) {
            table.append("| %s | %.1f s | %.0f MiB | %.0f MiB |%n".formatted(part.name(), part.readySeconds(), part.idleMiB(), part.afterRunsMiB()));
            total += Math.max(0, part.afterRunsMiB());
        }
        return table.append("| all of them (the Kafka broker not counted) | | | %.0f MiB |%n".formatted(total)).toString();
    }

    private static void say(String line) {
        System.out.println("[bench] " + line);
    }

    private static boolean hasFlag(String[] args, String flag) {
        return Stream.of(args).anyMatch(flag::equals);
    }

    private static int intFlag(String[] args, String flag, int otherwise) {
        return Stream.of(args).filter(a -> a.startsWith(flag + "=")).findFirst().map(a -> Integer.parseInt(a.substring(flag.length() + 1)))
                .orElse(otherwise);
    }

    private static void delete(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException leftBehind) {
            // A temporary directory left behind is no failure.
        }
    }
}
