package org.ponte.notifications.delivery;

import org.ponte.events.vocabulary.NotificationChannel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The deliveries this instance knows of, each with the moment it falls due: those it scheduled or was asked to
 * retry, and the next try of each it attempted. The dispatcher starts them by id. It queries the store for every
 * due delivery only now and then, for what no one told this instance of (another instance's, a claim a crashed one
 * left, what this bounded queue let go), because that query costs what the whole collection costs on a store without
 * secondary indexes, as the MongoDB-wire store is: on every wake-up it made a backlog of referrals quadratic.
 */
final class KnownDeliveries {

    /** One delivery due at {@code at}, with what its lane is made of. */
    record Due(String id, NotificationChannel channel, String target, Instant at) {
    }

    private final int capacity;
    private final PriorityQueue<Due> queue = new PriorityQueue<>(Comparator.comparing(Due::at));
    /** The ids in the queue: each is there once, at the time it was last told. */
    private final Set<String> ids = new HashSet<>();
    private boolean overflowed;

    KnownDeliveries(int capacity) {
        this.capacity = capacity;
    }

    /** Remembers when the delivery falls due; one that is not waiting for an attempt is not remembered. */
    synchronized void add(Delivery delivery) {
        if (delivery.nextAttemptAt() != null && DeliveryDispatcher.DUE.contains(delivery.status())) {
            add(new Due(delivery.id(), delivery.channel(), delivery.target(), delivery.nextAttemptAt()));
        }
    }

    synchronized void add(Due due) {
        if (ids.contains(due.id())) {
            queue.removeIf(queued -> queued.id().equals(due.id()));
        } else if (queue.size() >= capacity) {
            overflowed = true; // the store still has it: the next query of the store finds it
            return;
        }
        ids.add(due.id());
        queue.add(due);
    }

    /** Whether the delivery is in the queue, to be started when it falls due. */
    synchronized boolean contains(String deliveryId) {
        return ids.contains(deliveryId);
    }

    /** Takes every delivery due by {@code now}, soonest first. */
    synchronized List<Due> takeDueBy(Instant now) {
        List<Due> due = new ArrayList<>();
        while (!queue.isEmpty() && !queue.peek().at().isAfter(now)) {
            Due taken = queue.poll();
            ids.remove(taken.id());
            due.add(taken);
        }
        return due;
    }

    /** When the soonest one falls due. */
    synchronized Optional<Instant> next() {
        return Optional.ofNullable(queue.peek()).map(Due::at);
    }

    /** Whether some were let go since the last call: only a query of the store finds them now. */
    synchronized boolean takeOverflow() {
        boolean was = overflowed;
        overflowed = false;
        return was;
    }
}
