package org.ponte.benchmarks;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ingest benchmark, then the privacy benchmark, for a few seconds at a low rate against a platform of its own, so that the harness never
 * rots: every phase runs, every figure is measured, and the results are written. Its numbers mean nothing;
 * the full run (./ponte bench ingest) gives docs/benchmarks.md's.
 */
class IngestBenchmarkSmokeTest {

    @Test
    void theIngestAndPrivacyHarnessesMeasureEveryFigureAndWriteTheirResults() throws Exception {
        Path repoRoot = Path.of("..").toAbsolutePath().normalize();

        // The privacy benchmark after it, on the same platform: one platform start less in the test command.
        PrivacyBenchmark.Result[] privacy = new PrivacyBenchmark.Result[1];
        IngestBenchmark.Result result = Bench.onAPlatformOfItsOwn(repoRoot, platform -> {
            IngestBenchmark.Result ingest = new IngestBenchmark(platform, Bench::say).run(IngestBenchmark.Settings.smoke());
            privacy[0] = new PrivacyBenchmark(platform, Bench::say).run(PrivacyBenchmark.Settings.smoke());
            return ingest;
        }, outcome -> false);
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

        assertThat(privacy[0].sealedStoreShowsNames()).as("no registered name readable in the sealed service's store").isFalse();
        assertThat(privacy[0].inClearStoreShowsNames()).as("the names readable in the other's: it really stores in clear").isTrue();
        assertThat(privacy[0].figures()).extracting(PrivacyBenchmark.Figure::operation).containsExactly("person registered with a case",
                "attendance recorded", "people searched by the starts of their names (a page of 20)", "office's cases, a page of 25 with names");
        assertThat(privacy[0].samples()).allSatisfy(sample -> {
            assertThat(sample.ok()).as(sample.operation() + ", " + sample.variant()).isPositive();
            assertThat(sample.failed()).as(sample.operation() + ", " + sample.variant()).isZero();
        });
        assertThat(Bench.markdown(privacy[0])).contains("| attendance recorded |").contains("Machine:");
    }
}
