package org.ponte.testsupport;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each rule passes a module that keeps it and fails one that breaks it (fixtures under {@code org.ponte.archfixture}). */
class ArchitectureRulesTest {

    private static final String FIXTURES = "org.ponte.archfixture.";

    @Test
    void aModuleThatKeepsEveryRulePasses() {
        assertThatCode(() -> check("clean")).doesNotThrowAnyException();
    }

    @Test
    void aPackageCycleFails() {
        assertThatThrownBy(() -> check("cycle")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle detected: Slice plan -> ").hasMessageContaining("Slice progress");
    }

    @Test
    void aDomainServiceThatSpeaksKafkaFails() {
        assertThatThrownBy(() -> check("web")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("domain classes should depend on").hasMessageContaining("ProducerRecord");
    }

    @Test
    void reachingIntoAnotherModuleFails() {
        assertThatThrownBy(() -> check("reach")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("belong to another Ponte module").hasMessageContaining("KafkaBrokerProcess");
    }

    @Test
    void mainCodeUsingTestSupportFails() {
        assertThatThrownBy(() -> check("tests")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("org.ponte.testsupport").hasMessageContaining("RawHttp");
    }

    private static void check(String fixture) {
        String basePackage = FIXTURES + fixture;
        ArchitectureRules.check(basePackage, new ClassFileImporter().importPackages(basePackage));
    }
}
