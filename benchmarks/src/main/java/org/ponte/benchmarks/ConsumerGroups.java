package org.ponte.benchmarks;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.ponte.events.Topics;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/**
 * What the consumer groups have committed: each service's own record of the records it has handled (applied, or
 * passed over, or dead-lettered; the offset is committed after the handling), read from the broker, so that
 * watching it costs the store nothing.
 */
final class ConsumerGroups {

    private ConsumerGroups() {
    }

    /** Records on the event topics that each group has not committed yet. */
    static Map<String, Long> lagByGroup(String bootstrapServers) {
        try (AdminClient admin = admin(bootstrapServers)) {
            Map<String, Long> lag = new HashMap<>();
            for (ConsumerGroupListing group : admin.listConsumerGroups().all().get()) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.groupId())
                        .partitionsToOffsetAndMetadata().get();
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                committed.keySet().stream().filter(p -> Topics.ALL.contains(p.topic())).forEach(p -> latest.put(p, OffsetSpec.latest()));
                if (latest.isEmpty()) {
                    continue;
                }
                var ends = admin.listOffsets(latest).all().get();
                lag.put(group.groupId(), latest.keySet().stream().mapToLong(p -> ends.get(p).offset() - committed.get(p).offset()).sum());
            }
            return lag;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Records of {@code topic} that {@code group} has handled, over all partitions. */
    static long committed(String bootstrapServers, String group, String topic) {
        try (AdminClient admin = admin(bootstrapServers)) {
            return admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get().entrySet().stream()
                    .filter(entry -> entry.getKey().topic().equals(topic) && entry.getValue() != null)
                    .mapToLong(entry -> entry.getValue().offset()).sum();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    static AdminClient admin(String bootstrapServers) {
        return AdminClient.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }
}
