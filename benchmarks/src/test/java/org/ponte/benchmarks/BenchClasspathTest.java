package org.ponte.benchmarks;

import org.junit.jupiter.api.Test;
import org.ponte.testsupport.RuntimeClasspath;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code ./ponte bench} runs the benchmarks on {@code target/classpath.txt}: each class their code uses must be there. */
class BenchClasspathTest {

    @Test
    void everyClassTheBenchmarksUseIsOnTheirRuntimeClasspath() {
        assertThat(RuntimeClasspath.missing("org.ponte.benchmarks", Path.of("target", "classpath.txt"))).isEmpty();
    }
}
