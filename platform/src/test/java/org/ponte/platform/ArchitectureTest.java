package org.ponte.platform;

import org.junit.jupiter.api.Test;
import org.ponte.testsupport.ArchitectureRules;

/** No package cycles, domain exceptions that stand alone, no test-support in main code. */
class ArchitectureTest {

    @Test
    void keepsItsStructure() {
        ArchitectureRules.check("org.ponte.platform");
    }

    @Test
    void domainExceptionsDependOnNothingButTheJdk() {
        ArchitectureRules.domainExceptionsStandAlone().check(ArchitectureRules.mainClasses("org.ponte.platform"));
    }
}
