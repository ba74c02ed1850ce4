package org.ponte.notifications;

import org.junit.jupiter.api.Test;
import org.ponte.testsupport.ArchitectureRules;

/** No package cycles, a domain free of HTTP and messaging, no test-support in main code. */
class ArchitectureTest {

    @Test
    void keepsItsStructure() {
        ArchitectureRules.check("org.ponte.notifications");
    }
}
