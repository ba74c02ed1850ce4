package org.ponte.testsupport;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import java.net.InetSocketAddress;

/**
 * A real Apache Kafka broker in KRaft mode (spring-kafka-test runs Kafka's own server classes) and
 * mongo-java-server with its memory backend, both in this JVM on free loopback ports. Each starts on first
 * use and stops when the JVM exits, so all test classes of a module share one broker (about 2.5 s to start).
 */
final class EmbeddedInfrastructure implements TestInfrastructure {

    static final EmbeddedInfrastructure INSTANCE = new EmbeddedInfrastructure();

    private EmbeddedKafkaKraftBroker broker;
    private MongoServer mongo;
    private String mongoUri;

    private EmbeddedInfrastructure() {
    }

    @Override
    public synchronized String kafkaBootstrapServers() {
        if (broker == null) {
            EmbeddedKafkaKraftBroker started = new EmbeddedKafkaKraftBroker(1, EventTopics.PARTITIONS);
            started.brokerProperty("group.initial.rebalance.delay.ms", "0");
            started.brokerProperty("auto.create.topics.enable", "true");
            started.afterPropertiesSet();
            started.addTopics(EventTopics.all().toArray(NewTopic[]::new));
            Runtime.getRuntime().addShutdownHook(new Thread(started::destroy, "kafka-test-broker-stop"));
            broker = started;
        }
        return broker.getBrokersAsString();
    }

    @Override
    public synchronized String mongoUri() {
        if (mongo == null) {
            MongoServer started = new MongoServer(new MemoryBackend());
            started.bind("127.0.0.1", 0);
            InetSocketAddress address = started.getLocalAddress();
            Runtime.getRuntime().addShutdownHook(new Thread(started::shutdownNow, "mongo-test-store-stop"));
            mongo = started;
            mongoUri = "mongodb://127.0.0.1:" + address.getPort();
        }
        return mongoUri;
    }

    @Override
    public String toString() {
        return "embedded Kafka (KRaft) and mongo-java-server";
    }
}
