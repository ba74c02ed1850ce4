package org.ponte.platform.messaging;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The one way Ponte produces to Kafka outside Spring Cloud Stream (the outbox relay, dead letters): string
 * keys, raw bytes, an idempotent producer acknowledged by all in-sync replicas, and bounded waits so that a
 * missing broker fails a send instead of hanging it.
 */
public final class ReliableProducer {

    private ReliableProducer() {
    }

    public static KafkaTemplate<String, byte[]> template(KafkaProperties kafka, String clientId, Duration sendTimeout) {
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) Math.max(sendTimeout.toMillis() - 1_000, 5_000));
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        DefaultKafkaProducerFactory<String, byte[]> producers = new DefaultKafkaProducerFactory<>(config, new StringSerializer(), new ByteArraySerializer());
        // A producer dropped after a failed send is closed quickly: its records already failed and wait in the outbox.
        producers.setPhysicalCloseTimeout(2);
        return new KafkaTemplate<>(producers);
    }
}
