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
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * {@code ./ponte bench <name> [--smoke] [--rate=N] [--seconds=S] [--warm-up=S]}: starts the whole platform on free ports (its
 * own data, beside anything already running), runs one benchmark against its public HTTP API, and writes the
 * result as JSON and as a Markdown table to {@code benchmarks/target/results/}.
 */
public final class Bench {

    private Bench() {
    }

    static final List<String> FAULTS = List.of("kill", "rebalance", "poison", "webhook-down");

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Exception | Error failed) {
            // Exit for sure: the load generator's threads would keep the JVM (and nobody would know) alive.
            failed.printStackTrace();
            System.exit(1);
        }
    }

    private static void run(String[] args) throws Exception {
        String name = args.length > 0 && !args[0].startsWith("--") ? args[0] : "ingest";
        Path repoRoot = Path.of(System.getProperty("ponte.repo", ".")).toAbsolutePath().normalize();
        Path results = repoRoot.resolve("benchmarks").resolve("target").resolve("results");
        if (FAULTS.contains(name)) {
            Faults.Settings settings = hasFlag(args, "--smoke") ? Faults.Settings.smoke() : Faults.Settings.full(intFlag(args, "--rate", 500));
            settings = settings.withWarmUp(Duration.ofSeconds(intFlag(args, "--warm-up", (int) settings.warmUp().toSeconds())));
            if (hasFlag(args, "--no-outage")) {
                settings = settings.withoutWebhookOutage();
            }
            Faults.Verdict verdict = fault(repoRoot, name, settings);
            Path written = write(results, "fault-" + name, verdict, markdown(verdict));
            System.out.println();
            System.out.println(markdown(verdict));
            System.out.println("[bench] written to " + written + " (.json and .md)");
            System.exit(verdict.passed() ? 0 : 1);
        }
        if (name.equals("national")) {
            NationalBenchmark.Result result = national(repoRoot, hasFlag(args, "--smoke") ? NationalBenchmark.Settings.smoke()
                    : NationalBenchmark.Settings.national());
            Path written = write(results, "national", result, markdown(result));
            System.out.println();
            System.out.println(markdown(result));
            System.out.println("[bench] written to " + written + " (.json and .md)");
            System.exit(result.mismatches().isEmpty() && result.figuresEqualAfterRebuild() ? 0 : 1);
        }
        if (name.equals("privacy")) {
            PrivacyBenchmark.Settings settings = hasFlag(args, "--smoke") ? PrivacyBenchmark.Settings.smoke()
                    : PrivacyBenchmark.Settings.full(intFlag(args, "--people", 1000));
            PrivacyBenchmark.Result result = onAPlatformOfItsOwn(repoRoot, platform -> new PrivacyBenchmark(platform, Bench::say).run(settings),
                    outcome -> outcome.sealedStoreShowsNames() || !outcome.inClearStoreShowsNames());
            Path written = write(results, "privacy", result, markdown(result));
            System.out.println();
            System.out.println(markdown(result));
            System.out.println("[bench] written to " + written + " (.json and .md)");
            System.exit(result.sealedStoreShowsNames() || !result.inClearStoreShowsNames() ? 1 : 0);
        }
        if (!name.equals("ingest")) {
            System.err.println("usage: ./ponte bench ingest|national|privacy|" + String.join("|", FAULTS) + " [--smoke] [--rate=500] [--seconds=60] [--cases=200] [--warm-up=20] [--no-outage]");
            System.exit(2);
        }
        IngestBenchmark.Settings settings = hasFlag(args, "--smoke") ? IngestBenchmark.Settings.smoke() : IngestBenchmark.Settings.full();
        settings = new IngestBenchmark.Settings(intFlag(args, "--cases", settings.cases()), settings.clients(), settings.warmUp(), settings.anchor(), settings.throughput(),
                intFlag(args, "--rate", settings.rate()), Duration.ofSeconds(intFlag(args, "--seconds", (int) settings.latency().toSeconds())));
        IngestBenchmark.Result result = ingest(repoRoot, settings);
        Path written = write(results, "ingest", result, markdown(result));
        System.out.println();
        System.out.println(markdown(result));
        System.out.println("[bench] written to " + written + " (.json and .md)");
        System.exit(0);
    }

    static IngestBenchmark.Result ingest(Path repoRoot, IngestBenchmark.Settings settings) throws Exception {
        return onAPlatformOfItsOwn(repoRoot, platform -> new IngestBenchmark(platform, Bench::say).run(settings), result -> false);
    }

    static NationalBenchmark.Result national(Path repoRoot, NationalBenchmark.Settings settings) throws Exception {
        return onAPlatformOfItsOwn(repoRoot, platform -> new NationalBenchmark(platform, Bench::say).run(settings),
                result -> !result.mismatches().isEmpty() || !result.figuresEqualAfterRebuild());
    }

    /** What a benchmark does with a platform. */
    interface Run<T> {
        T on(Platform platform) throws Exception;
    }

    /**
     * Starts the whole platform on free ports with data of its own, runs {@code run} on it, and stops it; also
     * when the benchmark is interrupted (Ctrl-C), so that no part is left running. The parts' logs of a run that
     * threw or whose result {@code failed} are kept.
     */
    static <T> T onAPlatformOfItsOwn(Path repoRoot, Run<T> run, Predicate<T> failed) throws Exception {
        Path data = Files.createTempDirectory("ponte-bench-");
        Platform platform = Platform.prepare(StackConfig.onFreePorts(repoRoot, data));
        Thread stop = new Thread(platform::close, "ponte-bench-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        try (Platform started = platform.startOrClose(line -> say("platform: " + line))) {
            T result = run.on(started);
            if (failed.test(result)) {
                keepTheLogs(data, repoRoot);
            }
            return result;
        } catch (Exception | Error thrown) {
            keepTheLogs(data, repoRoot);
            throw thrown;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException shuttingDownAlready) {
                // Ctrl-C: the hook is stopping the platform.
            }
            delete(data);
        }
    }

    static String markdown(NationalBenchmark.Result r) {
        StringBuilder table = new StringBuilder();
        table.append("""
                | national (%d offices, %d events: %s) | measured | target | met |
                |---|---|---|---|
                | the history written to the topics | %.0f events/s | — | — |
                | applied by reporting-service's read model as it was written | within %.0f s of the last write | — | — |
                | figures checked against the history (network, regions, offices, plan and each office's progress) | %d checked, %d differ | 0 differ | %s |
                | rebuild of the read model (`POST /api/v1/admin/rebuild`) | %.0f records/s | ≥ 0.25 × a plain Kafka consumer reading the same %d records in the same run: %.0f records/s | %s (%.2f ×) |
                | the same consumer also decoding every record into its event (headers and JSON, on both cores), nothing applied: what any rebuild that reads the events can reach | %.0f records/s | %.2f × the plain consumer | — |
                | figures after the rebuild equal those before | %s | equal | %s |
                | reporting-service resident memory after the rebuild | %.0f MiB | ≤ 512 MiB | %s |
                | every report and progress query, p95 (worst below) | %.0f ms | < 300 ms | %s |
                | freshness of attendances recorded live at %d/s for %d s (201 → read model), p50 / p99 | %.0f / %.0f ms (%d measured, %d missing) | p99 < 1 s | %s |

                | query | scope | calls | p50 ms | p95 ms |
                |---|---|---|---|---|
                """.formatted(r.settings().history().offices(), r.events(), r.totals(), r.writtenPerSecond(), r.appliedWithinSeconds(), r.checked(),
                r.mismatches().size(), r.mismatches().isEmpty() ? "yes" : "no: " + r.mismatches().subList(0, Math.min(3, r.mismatches().size())),
                r.rebuildPerSecond(), r.recordsOnTopics(), r.plainConsumerPerSecond(), r.ratio() >= 0.25 ? "yes" : "no", r.ratio(),
                r.decodingConsumerPerSecond(), r.decodingConsumerPerSecond() / r.plainConsumerPerSecond(),
                r.figuresEqualAfterRebuild() ? "equal" : r.difference(), r.figuresEqualAfterRebuild() ? "yes" : "no", r.reportingRssMib(),
                r.reportingRssMib() <= 512 ? "yes" : "no", r.worstP95Ms(), r.worstP95Ms() < 300 ? "yes" : "no", r.settings().liveRate(),
                r.settings().live().toSeconds(), r.freshness().p50Ms(), r.freshness().p99Ms(), r.freshness().measured(), r.freshness().missing(),
                r.freshness().p99Ms() < 1000 && r.freshness().missing() == 0 ? "yes" : "no"));
        r.timings().forEach(t -> table.append("| %s | %s | %d | %.1f | %.1f |%n".formatted(t.query(), t.scope(), t.calls(), t.p50Ms(), t.p95Ms())));
        table.append("\nMachine: ").append(r.machine().describe()).append(".\n");
        return table.toString();
    }

    static String markdown(PrivacyBenchmark.Result r) {
        StringBuilder table = new StringBuilder("""
                | %d people, %d technicians, median of %d rounds of %d s | sealed: per second | in clear: per second | cost of sealing | p95 sealed / in clear | < 15 %% |
                |---|---|---|---|---|---|
                """.formatted(r.settings().people(), r.settings().clients(), r.settings().rounds(), r.settings().phase().toSeconds()));
        r.figures().forEach(f -> table.append("| %s | %.0f | %.0f | %.1f %% | %.1f / %.1f ms | %s |%n".formatted(f.operation(), f.sealedPerSecond(),
                f.inClearPerSecond(), 100 * f.cost(), f.sealedP95Ms(), f.inClearP95Ms(), f.cost() < 0.15 ? "yes" : "no")));
        table.append("%nThe names registered, looked for in the raw documents of the store: sealed service %s, service in clear %s.%n".formatted(
                r.sealedStoreShowsNames() ? "FOUND" : "none found", r.inClearStoreShowsNames() ? "found" : "NONE FOUND"));
        return table.append("\nMachine: ").append(r.machine().describe()).append(".\n").toString();
    }

    /** One fault test on a platform of its own. */
    static Faults.Verdict fault(Path repoRoot, String name, Faults.Settings settings) throws Exception {
        try (PartnerWebhooks webhooks = new PartnerWebhooks()) {
            return onAPlatformOfItsOwn(repoRoot, platform -> fault(new Faults(platform, webhooks, Bench::say), name, settings),
                    verdict -> !verdict.passed());
        }
    }

    static Faults.Verdict fault(Faults faults, String name, Faults.Settings settings) {
        return switch (name) {
            case "kill" -> faults.kill(settings);
            case "rebalance" -> faults.rebalance(settings);
            case "poison" -> faults.poison(settings);
            case "webhook-down" -> faults.webhookDown(settings);
            default -> throw new IllegalArgumentException("no fault test named " + name);
        };
    }

    /** Writes {@code <name>.json} and {@code <name>.md}; returns the path without extension. */
    static Path write(Path directory, String name, Object result, String markdown) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve(name + ".json"),
                JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(result));
        Files.writeString(directory.resolve(name + ".md"), markdown);
        return directory.resolve(name);
    }

    static String markdown(Faults.Verdict v) {
        StringBuilder table = new StringBuilder("| %s: %s | expected | observed | passed |%n|---|---|---|---|%n".formatted(v.fault(),
                v.passed() ? "PASSED" : "FAILED"));
        v.checks().forEach(c -> table.append("| %s | %s | %s | %s |%n".formatted(c.what(), c.expected(), c.observed(), c.passed() ? "yes" : "no")));
        table.append("%nLoad: %d attendances/s, %d sent, %d answered 201%s, referrals beside them.%n%nWhat happened:%n%n".formatted(
                v.settings().rate(), v.attendancesSent(), v.answered201(), v.failures().isEmpty() ? "" : "; the rest: " + v.failures()));
        v.happened().forEach(line -> table.append("    ").append(line).append('\n'));
        return table.append("\nMachine: ").append(v.machine().describe()).append(".\n").toString();
    }

    static String markdown(IngestBenchmark.Result r) {
        return """
                | ingest | measured | anchor in the same run | target | met |
                |---|---|---|---|---|
                | attendances stored and relayed to Kafka, per second (%d clients) | %.0f /s | %.0f single-document inserts/s of %d bytes into the same store | ≥ 0.5 × anchor | %s (%.2f ×) |
                | ceiling: attendances refused by validation, nothing stored (token check, JSON, problem answer) | %.0f /s | the same anchor | — | %.2f × anchor |
                | latency at %d attendances/s for %d s (open loop), p50 / p90 / p99 / p99.9 / max | %.1f / %.1f / %.1f / %.1f / %.1f ms | — | p99 < 50 ms | %s |
                | answered 201 | %d of %d (achieved %.0f /s)%s | — | all | %s |
                | freshness: from the 201 to reporting-service applying the event, p50 / p99 / max | %.0f / %.0f / %.0f ms over %d (%d missing) | — | p99 < 1 s | %s |
                | of which the relay: from the change to Kafka's acknowledgement (case-service's histogram, bucket bounds), p50 / p99 | %.0f / %.0f ms over %d | — | — | — |
                | reporting-service working off the earlier phases' backlog | %s | — | — | — |

                %s
                Machine: %s.
                """.formatted(r.settings().clients(), r.attendancesPerSecond(), r.rawInsertsPerSecond(), r.documentBytes(),
                r.ratio() >= 0.5 ? "yes" : "no", r.ratio(), r.refusedPerSecond(), r.refusedPerSecond() / r.rawInsertsPerSecond(), r.rate(), r.settings().latency().toSeconds(), r.p50Ms(), r.p90Ms(), r.p99Ms(),
                r.p999Ms(), r.maxMs(), r.p99Ms() < 50 ? "yes" : "no", r.sent() - r.failed(), r.sent(), r.achievedRate(),
                r.failures().isEmpty() ? "" : "; the rest: " + r.failures(), r.failed() == 0 ? "yes" : "no",
                r.freshness().p50Ms(), r.freshness().p99Ms(), r.freshness().maxMs(), r.freshness().measured(), r.freshness().missing(),
                r.freshness().missing() == 0 && r.freshness().p99Ms() < 1000 ? "yes" : "no",
                r.relay().p50Ms(), r.relay().p99Ms(), r.relay().count(),
                r.projectionCatchUpPerSecond() == 0 ? "none left by then" : "%.0f events/s".formatted(r.projectionCatchUpPerSecond()), parts(r), r.machine().describe());
    }

    /** Start-up and memory of every part (targets for the services: ready in 10 s, 300 MB after the runs). */
    private static String parts(IngestBenchmark.Result r) {
        StringBuilder table = new StringBuilder("\n| part | ready after launch, all at once / alone | RSS idle | RSS after the runs |\n|---|---|---|---|\n");
        double total = 0;
        for (IngestBenchmark.PartFigures part : r.parts()) {
            table.append("| %s | %.1f s / %s | %.0f MiB | %.0f MiB |%n".formatted(part.name(), part.readySeconds(),
                    part.readyAloneSeconds() < 0 ? "—" : "%.1f s".formatted(part.readyAloneSeconds()), part.idleMiB(), part.afterRunsMiB()));
            total += Math.max(0, part.afterRunsMiB());
        }
        return table.append("| all of them (the Kafka broker not counted) | | | %.0f MiB |%n".formatted(total)).toString();
    }

    static void say(String line) {
        System.out.println("[bench] " + line);
    }

    private static boolean hasFlag(String[] args, String flag) {
        return Stream.of(args).anyMatch(flag::equals);
    }

    private static int intFlag(String[] args, String flag, int otherwise) {
        return Stream.of(args).filter(a -> a.startsWith(flag + "=")).findFirst().map(a -> Integer.parseInt(a.substring(flag.length() + 1)))
                .orElse(otherwise);
    }

    /** The parts' logs of a run that failed, to {@code benchmarks/target/results/logs-of-the-failed-run/}: the data goes. */
    private static void keepTheLogs(Path data, Path repoRoot) {
        Path kept = repoRoot.resolve("benchmarks").resolve("target").resolve("results").resolve("logs-of-the-failed-run");
        try (Stream<Path> logs = Files.list(data.resolve("logs"))) {
            delete(kept);
            Files.createDirectories(kept);
            for (Path log : logs.toList()) {
                Files.copy(log, kept.resolve(log.getFileName()));
            }
            say("the parts' logs of this failed run are in " + kept);
        } catch (IOException e) {
            say("the parts' logs could not be kept: " + e);
        }
    }

    private static void delete(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException leftBehind) {
            // A temporary directory left behind is no failure.
        }
    }
}
