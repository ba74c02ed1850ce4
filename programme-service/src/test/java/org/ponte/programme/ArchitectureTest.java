package org.ponte.programme;

import org.junit.jupiter.api.Test;
import org.ponte.testsupport.ArchitectureRules;

/** No package cycles, a domain free of HTTP and messaging, no other module's classes but the platform's and the events', no test-support in main code. */
class ArchitectureTest {

    @Test
    void keepsItsStructure() {
        ArchitectureRules.check("org.ponte.programme");
    }
}
