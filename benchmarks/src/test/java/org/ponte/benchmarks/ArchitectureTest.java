package org.ponte.benchmarks;

import org.junit.jupiter.api.Test;
import org.ponte.testsupport.ArchitectureRules;

/** What runs the platform uses nothing of test-support: JUnit, AssertJ and Testcontainers stay off its classpath. */
class ArchitectureTest {

    @Test
    void mainCodeUsesNoTestSupport() {
        ArchitectureRules.noTestSupport().check(ArchitectureRules.mainClasses("org.ponte.benchmarks"));
    }
}
