package org.ponte.testsupport;

/**
 * The real infrastructure a test runs against: a Kafka broker and a MongoDB-wire store. One of each per
 * test JVM, started on first use on free ports and shared by every test class in the JVM.
 */
public interface TestInfrastructure {

    String kafkaBootstrapServers();

    /** A connection string without a database; each service names its own database. */
    String mongoUri();

    /** The real KRaft broker and mongo-java-server, in this JVM: needs nothing but a JDK. */
    static TestInfrastructure embedded() {
        return EmbeddedInfrastructure.INSTANCE;
    }

    /** Apache Kafka and MongoDB (a single-node replica set) from their official images: needs a Docker engine. */
    static TestInfrastructure containers() {
        return ContainerInfrastructure.INSTANCE;
    }
}
