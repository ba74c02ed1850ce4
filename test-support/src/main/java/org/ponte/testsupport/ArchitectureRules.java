package org.ponte.testsupport;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The structure every module keeps, written once; each module's {@code ArchitectureTest} checks its own main classes:
 * <ul>
 *   <li>its feature packages depend on each other without cycles;</li>
 *   <li>its domain (aggregates, domain services, rules) knows nothing of HTTP, servlets or messaging: it refuses with
 *       the platform's domain exceptions and the web layer answers them;</li>
 *   <li>it uses no other Ponte module than the platform and the event contracts: a service never reaches into
 *       another service's classes, it hears of them through their events and APIs;</li>
 *   <li>no main code uses test-support.</li>
 * </ul>
 */
public final class ArchitectureRules {

    private static final String[] WEB_AND_MESSAGING = {"org.springframework.web..", "org.springframework.http..",
            "jakarta.servlet..", "org.ponte.platform.web..", "org.springframework.kafka..", "org.springframework.cloud.stream..",
            "org.springframework.messaging..", "org.apache.kafka.."};

    private ArchitectureRules() {
    }

    /** Checks every rule on the main classes under {@code basePackage}. */
    public static void check(String basePackage) {
        check(basePackage, mainClasses(basePackage));
    }

    static void check(String basePackage, JavaClasses main) {
        noCycles(basePackage).check(main);
        domainFreeOfWebAndMessaging().check(main);
        onlyPlatformAndEvents(basePackage).check(main);
        noTestSupport().check(main);
    }

    public static JavaClasses mainClasses(String basePackage) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS).importPackages(basePackage);
    }

    /** The packages directly under {@code basePackage} (with what is under each) form no cycle. */
    public static ArchRule noCycles(String basePackage) {
        // A module of one package has no slices, and no cycle to form.
        return slices().matching(basePackage + ".(*)..").should().beFreeOfCycles().allowEmptyShould(true);
    }

    /** Aggregates ({@code @Document}), domain services ({@code @Service}, {@code …Service}) and rules ({@code …Rules}). */
    public static ArchRule domainFreeOfWebAndMessaging() {
        return noClasses().that(domain()).should().dependOnClassesThat().resideInAnyPackage(WEB_AND_MESSAGING)
                .because("the domain refuses with domain exceptions; only the web layer speaks HTTP")
                // A module without a domain of its own (the front end, the authorization server) has nothing to check.
                .allowEmptyShould(true);
    }

    /** Of Ponte's own classes, only its own, the platform's and the event contracts'. */
    public static ArchRule onlyPlatformAndEvents(String basePackage) {
        DescribedPredicate<JavaClass> anotherModule = DescribedPredicate.describe("belong to another Ponte module",
                javaClass -> within(javaClass, "org.ponte") && !within(javaClass, basePackage)
                        && !within(javaClass, "org.ponte.platform") && !within(javaClass, "org.ponte.events"));
        return noClasses().should().dependOnClassesThat(anotherModule)
                .because("services meet through events and APIs, never through each other's classes");
    }

    private static boolean within(JavaClass javaClass, String packageName) {
        return javaClass.getPackageName().equals(packageName) || javaClass.getPackageName().startsWith(packageName + ".");
    }

    public static ArchRule noTestSupport() {
        return noClasses().should().dependOnClassesThat().resideInAPackage("org.ponte.testsupport..")
                .because("test-support is for tests; what runs the platform lives in main modules");
    }

    /** The platform's domain exceptions depend on nothing but the JDK. */
    public static ArchRule domainExceptionsStandAlone() {
        return classes().that().resideInAPackage("org.ponte.platform.domain..").should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.ponte.platform.domain..");
    }

    private static DescribedPredicate<JavaClass> domain() {
        return DescribedPredicate.describe("domain classes", javaClass ->
                !javaClass.getSimpleName().endsWith("Controller")
                        && (javaClass.isAnnotatedWith("org.springframework.data.mongodb.core.mapping.Document")
                        || javaClass.isAnnotatedWith("org.springframework.stereotype.Service")
                        || javaClass.getSimpleName().endsWith("Service") || javaClass.getSimpleName().endsWith("Rules")));
    }
}
