package org.ponte.testsupport;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a test class against a real Kafka broker and a MongoDB-wire store, one of each per JVM.
 * <ul>
 *   <li>Plain JUnit tests take a {@link TestInfrastructure} parameter (constructor, lifecycle or test method).</li>
 *   <li>Spring tests ({@code @SpringBootTest}) get {@code spring.kafka.bootstrap-servers},
 *       {@code spring.cloud.stream.kafka.binder.brokers} and {@code spring.mongodb.uri} pointed at it.</li>
 *   <li>With {@link Kind#CONTAINERS} the class runs on the official Kafka and MongoDB images where Docker
 *       exists, and is reported as skipped where it does not.</li>
 * </ul>
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(RealInfrastructureExtension.class)
public @interface RealInfrastructure {

    Kind value() default Kind.EMBEDDED;

    enum Kind {
        /** Kafka's KRaft broker and mongo-java-server in the test JVM; runs everywhere. */
        EMBEDDED,
        /** Apache Kafka and MongoDB containers; runs only where a Docker engine answers. */
        CONTAINERS;

        TestInfrastructure infrastructure() {
            return this == EMBEDDED ? TestInfrastructure.embedded() : TestInfrastructure.containers();
        }
    }
}
