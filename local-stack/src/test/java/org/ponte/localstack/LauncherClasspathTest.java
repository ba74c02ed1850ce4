package org.ponte.localstack;

import org.junit.jupiter.api.Test;
import org.ponte.testsupport.RuntimeClasspath;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code ./ponte up} runs the launcher on {@code target/classpath.txt}: each class its code uses must be there. */
class LauncherClasspathTest {

    @Test
    void everyClassTheLauncherUsesIsOnItsRuntimeClasspath() {
        assertThat(RuntimeClasspath.missing("org.ponte.localstack", Path.of("target", "classpath.txt"))).isEmpty();
    }
}
