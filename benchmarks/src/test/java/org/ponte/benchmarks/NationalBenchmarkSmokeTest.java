package org.ponte.benchmarks;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The national benchmark with six offices and some thousands of events on a platform of its own, so that the
 * harness never rots: every figure of the network, its regions and offices and the plan's progress equals what the
 * history counted, the rebuild gives the same figures, and every query and the live freshness are measured. The full
 * run (./ponte bench national) gives docs/benchmarks.md's numbers and meets or misses its targets there.
 */
class NationalBenchmarkSmokeTest {

    @Test
    void everyFigureIsTheHistorysAndTheRebuildChangesNone() throws Exception {
        NationalBenchmark.Result result = Bench.national(Path.of("..").toAbsolutePath().normalize(), NationalBenchmark.Settings.smoke());
        Bench.write(Path.of("target", "results"), "national-smoke", result, Bench.markdown(result));

        assertThat(result.mismatches()).isEmpty();
        assertThat(result.checked()).as("every office, region and the network, and the plan's progress").isGreaterThan(100);
        assertThat(result.totals().get("ATTENDANCES")).isGreaterThan(2_000);
        assertThat(result.figuresEqualAfterRebuild()).as(result.difference()).isTrue();
        assertThat(result.rebuildPerSecond()).isPositive();
        assertThat(result.plainConsumerPerSecond()).isPositive();
        assertThat(result.timings()).hasSizeGreaterThan(20).allSatisfy(timing -> assertThat(timing.p95Ms()).isPositive());
        assertThat(result.freshness().missing()).isZero();
        assertThat(result.freshness().measured()).isPositive();
    }
}
