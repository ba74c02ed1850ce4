package org.ponte.benchmarks;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ingest benchmark for a few seconds at a low rate against a platform of its own, so that the harness never
 * rots: every phase runs, every figure is measured, and the results are written. Its numbers mean nothing;
 * the full run (./ponte bench ingest) gives docs/benchmarks.md's.
 */
class IngestBenchmarkSmokeTest {

    @Test
    void theIngestHarnessMeasuresEveryFigureAndWritesItsResults() throws Exception {
        Path repoRoot = Path.of("..").toAbsolutePath().normalize();

        IngestBenchmark.Result result = Bench.ingest(repoRoot, IngestBenchmark.Settings.smoke());
        Path written = Bench.write(Path.of("target", "results"), "ingest-smoke", result, Bench.markdown(result));

        assertThat(result.documentBytes()).isGreaterThan(100);
        assertThat(result.rawInsertsPerSecond()).isPositive();
        assertThat(result.refusedPerSecond()).as("the ceiling: attendances refused before storing").isPositive();
        assertThat(result.attendancesStored()).isPositive();
        assertThat(result.attendancesPerSecond()).isPositive();
        assertThat(result.sent()).isEqualTo(40);
        assertThat(result.failed()).as("every attendance at 20/s is stored").isZero();
        assertThat(result.p50Ms()).isPositive().isLessThanOrEqualTo(result.p99Ms());
        assertThat(result.freshness().measured()).as("every stored attendance reached the reports").isEqualTo(40);
        assertThat(result.freshness().missing()).isZero();
        assertThat(result.parts()).extracting(IngestBenchmark.PartFigures::name)
                .contains("auth-server", "case-service", "referral-service", "notification-service", "reporting-service", "case-frontend");
        assertThat(result.parts()).allSatisfy(part -> {
            assertThat(part.readySeconds()).as(part.name()).isPositive();
            assertThat(part.afterRunsMiB()).as(part.name() + ", read from /proc").isPositive();
        });
        assertThat(result.parts()).filteredOn(part -> Faults.SERVICES.contains(part.name()))
                .allSatisfy(service -> assertThat(service.readyAloneSeconds()).as(service.name() + " restarted alone").isPositive());
        JsonNode json = JsonMapper.builder().build().readTree(Files.readString(Path.of(written + ".json")));
        assertThat(json.get("machine").get("cores").asInt()).isPositive();
        assertThat(Files.readString(Path.of(written + ".md"))).contains("| ingest | measured |").contains("| case-service |")
                .contains("Machine:");
    }
}
