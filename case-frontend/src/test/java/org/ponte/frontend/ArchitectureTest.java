package org.ponte.frontend;

import org.junit.jupiter.api.Test;
import org.ponte.testsupport.ArchitectureRules;

/** No package cycles, no domain that speaks HTTP, no other module's classes but the platform's and the events', no test-support in main code. */
class ArchitectureTest {

    @Test
    void keepsItsStructure() {
        ArchitectureRules.check("org.ponte.frontend");
    }
}
