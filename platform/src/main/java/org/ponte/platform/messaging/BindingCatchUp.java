package org.ponte.platform.messaging;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;
import org.springframework.kafka.listener.RecordInterceptor;
import org.springframework.kafka.listener.RetryListener;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether one consumer binding has caught up once since start: every consumer thread of its container was assigned
 * its partitions and has read up to the end offsets those partitions had when they were assigned. Until then the
 * service is not ready: a replica built from the topic (referral-service's cases) would still miss what happened
 * before the start. Once caught up it stays so; later lag and rebalances are ordinary work.
 * <p>
 * Progress is read on each consumer thread after each poll's records ({@link #clearThreadState}); a partition whose
 * record is being retried is not counted as read until that record is handled or dead-lettered.
 */
final class BindingCatchUp implements ConsumerAwareRebalanceListener, RecordInterceptor<Object, Object>, RetryListener {

    /** One consumer thread's partitions and the offsets each must reach; touched on that thread only, but for {@code settled}. */
    private static final class Progress {
        final Map<TopicPartition, Long> targets = new HashMap<>();
        final Set<TopicPartition> failing = new HashSet<>();
        volatile boolean settled;
    }

    private static final long END_NOT_YET_KNOWN = -1;

    private final String name;
    private final AbstractMessageListenerContainer<?, ?> container;
    private final ConsumerRebalanceListener bindersOwn;
    private final Map<Thread, Progress> threads = new ConcurrentHashMap<>();
    private volatile boolean caughtUp;

    /** Takes the container's rebalance listener over, calling the binder's own first (it may seek, for reset-offsets). */
    BindingCatchUp(String name, AbstractMessageListenerContainer<?, ?> container) {
        this.name = name;
        this.container = container;
        this.bindersOwn = container.getContainerProperties().getConsumerRebalanceListener();
        container.getContainerProperties().setConsumerRebalanceListener(this);
    }

    String name() {
        return name;
    }

    boolean caughtUp() {
        return caughtUp;
    }

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        if (bindersOwn instanceof ConsumerAwareRebalanceListener aware) {
            aware.onPartitionsAssigned(consumer, partitions);
        } else if (bindersOwn != null) {
            bindersOwn.onPartitionsAssigned(partitions);
        }
        if (caughtUp) {
            return;
        }
        Progress progress = threads.computeIfAbsent(Thread.currentThread(), thread -> new Progress());
        partitions.forEach(partition -> progress.targets.put(partition, END_NOT_YET_KNOWN));
        check(consumer, progress);
    }

    @Override
    public void onPartitionsRevokedBeforeCommit(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        if (bindersOwn instanceof ConsumerAwareRebalanceListener aware) {
            aware.onPartitionsRevokedBeforeCommit(consumer, partitions);
        } else if (bindersOwn != null) {
            bindersOwn.onPartitionsRevoked(partitions);
        }
        Progress progress = threads.get(Thread.currentThread());
        if (!caughtUp && progress != null) {
            progress.settled = false;
            progress.targets.keySet().removeAll(partitions);
            progress.failing.removeAll(partitions);
        }
    }

    @Override
    public void onPartitionsRevokedAfterCommit(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        if (bindersOwn instanceof ConsumerAwareRebalanceListener aware) {
            aware.onPartitionsRevokedAfterCommit(consumer, partitions);
        }
    }

    @Override
    public ConsumerRecord<Object, Object> intercept(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
        return record;
    }

    @Override
    public void failure(ConsumerRecord<Object, Object> record, Exception exception, Consumer<Object, Object> consumer) {
        mark(record, true);
    }

    @Override
    public void success(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
        mark(record, false);
    }

    /** Dead-lettered: the partition has moved on. */
    @Override
    public void recovered(ConsumerRecord<?, ?> record, Exception exception) {
        mark(record, false);
    }

    @Override
    public void failedDelivery(ConsumerRecord<?, ?> record, Exception exception, int deliveryAttempt) {
    }

    @Override
    public void clearThreadState(Consumer<?, ?> consumer) {
        Progress progress = caughtUp ? null : threads.get(Thread.currentThread());
        if (progress != null && !progress.settled) {
            check(consumer, progress);
        }
    }

    private int consumerThreads() {
        return container instanceof ConcurrentMessageListenerContainer<?, ?> concurrent ? concurrent.getConcurrency() : 1;
    }

    private void mark(ConsumerRecord<?, ?> record, boolean failing) {
        Progress progress = caughtUp ? null : threads.get(Thread.currentThread());
        if (progress == null) {
            return;
        }
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        if (failing) {
            progress.failing.add(partition);
        } else {
            progress.failing.remove(partition);
        }
    }

    private void check(Consumer<?, ?> consumer, Progress progress) {
        if (!progress.failing.isEmpty()) {
            return;
        }
        try {
            List<TopicPartition> unknown = progress.targets.entrySet().stream()
                    .filter(target -> target.getValue() == END_NOT_YET_KNOWN).map(Map.Entry::getKey).toList();
            if (!unknown.isEmpty()) {
                progress.targets.putAll(consumer.endOffsets(unknown));
            }
            progress.targets.entrySet().removeIf(target -> consumer.position(target.getKey()) >= target.getValue());
        } catch (KafkaException notNow) {
            // Never thrown on from here (it would end the consumer thread): asked again after the next poll.
            return;
        }
        progress.settled = progress.targets.isEmpty();
        if (progress.settled && threads.size() >= consumerThreads()
                && threads.values().stream().allMatch(thread -> thread.settled)) {
            caughtUp = true;
            threads.clear();
        }
    }
}
