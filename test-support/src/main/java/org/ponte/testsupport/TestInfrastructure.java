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

    /**
     * The directory of the services' secret keys (master and blind-index keys, made at first use): one per test JVM,
     * as the store is, so that every service context of the JVM opens what another sealed.
     */
    static java.nio.file.Path keyDirectory() {
        return KeyDirectory.PATH;
    }

    /** Apache Kafka and MongoDB (a single-node replica set) from their official images: needs a Docker engine. */
    static TestInfrastructure containers() {
        return ContainerInfrastructure.INSTANCE;
    }
}

final class KeyDirectory {

    static final java.nio.file.Path PATH = make();

    private KeyDirectory() {
    }

    private static java.nio.file.Path make() {
        try {
            java.nio.file.Path directory = java.nio.file.Files.createTempDirectory("ponte-keys");
            directory.toFile().deleteOnExit();
            return directory;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
