package org.ponte.testsupport;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

import java.util.Map;
import java.util.concurrent.ExecutionException;

/**
 * Apache Kafka and a single-node MongoDB replica set from their official images, one of each per JVM,
 * started on first use (Testcontainers' Ryuk removes them when the JVM exits). Only usable where a Docker
 * engine runs: {@link RealInfrastructure} skips such tests cleanly elsewhere.
 */
final class ContainerInfrastructure implements TestInfrastructure {

    static final ContainerInfrastructure INSTANCE = new ContainerInfrastructure();

    static final String KAFKA_IMAGE = "apache/kafka:4.1.2";
    static final String MONGO_IMAGE = "mongo:8.0";

    private KafkaContainer kafka;
    private MongoDBContainer mongo;

    private ContainerInfrastructure() {
    }

    static boolean dockerAvailable() {
        return DockerClientFactory.instance().isDockerAvailable();
    }

    @Override
    public synchronized String kafkaBootstrapServers() {
        if (kafka == null) {
            KafkaContainer started = new KafkaContainer(KAFKA_IMAGE);
            started.start();
            createEventTopics(started.getBootstrapServers());
            kafka = started;
        }
        return kafka.getBootstrapServers();
    }

    @Override
    public synchronized String mongoUri() {
        if (mongo == null) {
            MongoDBContainer started = new MongoDBContainer(MONGO_IMAGE).withReplicaSet();
            started.start();
            mongo = started;
        }
        return mongo.getConnectionString();
    }

    private static void createEventTopics(String bootstrapServers) {
        try (AdminClient admin = AdminClient.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(EventTopics.all()).all().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot create the event topics", e.getCause());
        }
    }

    @Override
    public String toString() {
        return "Kafka " + KAFKA_IMAGE + " and MongoDB " + MONGO_IMAGE + " containers";
    }
}
