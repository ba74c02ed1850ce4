package org.ponte.benchmarks;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The replay benchmark with 2000 events on a platform of its own, so that the harness never rots: the live
 * projection applies them, a plain consumer reads them, reporting-service rebuilds from them, and the rebuilt
 * figures must equal the incremental ones. The full run (./ponte bench replay) gives docs/benchmarks.md's numbers.
 */
class ReplayBenchmarkSmokeTest {

    @Test
    void theRebuildGivesTheFiguresTheLiveProjectionGave() throws Exception {
        ReplayBenchmark.Result result = Bench.replay(Path.of("..").toAbsolutePath().normalize(), new ReplayBenchmark.Settings(2_000));
        Bench.write(Path.of("target", "results"), "replay-smoke", result, Bench.markdown(result));

        assertThat(result.figuresEqual()).as(result.difference()).isTrue();
        assertThat(result.recordsOnTopics()).isGreaterThanOrEqualTo(2_000);
        assertThat(result.plainConsumerPerSecond()).isPositive();
        assertThat(result.rebuildPerSecond()).isPositive();
        assertThat(result.storeBulkUpsertsPerSecond()).isPositive();
        assertThat(result.incrementalPerSecond()).isPositive();
    }
}
