package org.ponte.notifications.delivery;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.bulkhead.ThreadPoolBulkhead;
import io.github.resilience4j.bulkhead.ThreadPoolBulkheadConfig;
import io.github.resilience4j.bulkhead.ThreadPoolBulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.micrometer.tagged.TaggedBulkheadMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedThreadPoolBulkheadMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import org.ponte.events.vocabulary.DeliveryFailure;
import org.ponte.notifications.person.PersonContacts;
import org.ponte.events.vocabulary.NotificationChannel;
import org.ponte.notifications.NotificationProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Sends what is due, each delivery on its own, so that one slow or dead endpoint never holds up another:
 * calls run in a Resilience4j thread-pool bulkhead, of which one endpoint (or the SMTP server) may hold at most
 * {@code calls-per-endpoint} threads (a semaphore bulkhead per endpoint), each endpoint behind its own circuit
 * breaker, each webhook call with a timeout. A failed attempt is retried later with exponential back-off and
 * jitter, kept in the delivery itself so that retries survive a restart; out of attempts, or failed for good (a
 * deleted endpoint, a deactivated partner), the delivery is DEAD until an administrator retries it.
 * Several instances of the service share the work: each claims a delivery (a versioned write) before calling, so
 * that a delivery is sent by one of them (see {@link Delivery#claim}).
 * <p>
 * What an instance schedules, is asked to retry or attempts itself it knows the due time of ({@link KnownDeliveries})
 * and starts by id. It queries the store for due deliveries at start, every {@code sweep-interval}, and again within a
 * dispatch interval while such a query leaves some unstarted.
 */
@Component
public class DeliveryDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliveryDispatcher.class);
    static final Set<DeliveryStatus> DUE = EnumSet.of(DeliveryStatus.PENDING, DeliveryStatus.FAILED);
    private static final String WEBHOOK_LANE = "webhook-";
    private static final String SMTP_LANE = "smtp";
    private static final int WINDOW = 100;
    private static final int MAX_WINDOWS_PER_ROUND = 4;
    private static final int KNOWN_AT_MOST = 10_000;

    private final Deliveries store;
    private final MongoOperations mongo;
    private final DeliveryChannels channels;
    private final NotificationProperties properties;
    private final DeliveryMetrics metrics;
    private final Clock clock;
    private final CircuitBreakerRegistry breakers;
    private final ThreadPoolBulkhead bulkhead;
    private final BulkheadRegistry endpointBulkheads;
    private final IntervalFunction backOff;
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final Semaphore wakeUp = new Semaphore(0);
    private final KnownDeliveries known = new KnownDeliveries(KNOWN_AT_MOST);
    private volatile boolean running;
    private Thread loop;

    DeliveryDispatcher(Deliveries store, MongoOperations mongo, DeliveryChannels channels, NotificationProperties properties,
                       DeliveryMetrics metrics, MeterRegistry meters, Clock clock) {
        this.store = store;
        this.mongo = mongo;
        this.channels = channels;
        this.properties = properties;
        this.metrics = metrics;
        this.clock = clock;
        this.breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .failureRateThreshold(properties.circuitFailureRate())
                .minimumNumberOfCalls(properties.circuitMinimumCalls())
                .slidingWindowSize(Math.max(properties.circuitMinimumCalls(), 10))
                .waitDurationInOpenState(properties.circuitOpenFor())
                .permittedNumberOfCallsInHalfOpenState(1)
                // Only what says the endpoint is unwell moves its circuit; a deleted endpoint or an unknown partner does not.
                .recordException(DeliveryChannels.DeliveryAttemptFailed::countsAgainstTheEndpoint)
                .ignoreException(thrown -> !DeliveryChannels.DeliveryAttemptFailed.countsAgainstTheEndpoint(thrown))
                .build());
        ThreadPoolBulkheadRegistry bulkheads = ThreadPoolBulkheadRegistry.of(ThreadPoolBulkheadConfig.custom()
                .coreThreadPoolSize(properties.concurrentCalls())
                .maxThreadPoolSize(properties.concurrentCalls())
                .queueCapacity(properties.concurrentCalls() * 4)
                .build());
        this.bulkhead = bulkheads.bulkhead("outbound");
        this.endpointBulkheads = BulkheadRegistry.of(BulkheadConfig.custom()
                .maxConcurrentCalls(properties.callsPerEndpoint()).maxWaitDuration(Duration.ZERO).build());
        this.backOff = IntervalFunction.ofExponentialRandomBackoff(properties.initialBackOff(), 2.0, 0.5, properties.maxBackOff());
        TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(breakers).bindTo(meters);
        TaggedThreadPoolBulkheadMetrics.ofThreadPoolBulkheadRegistry(bulkheads).bindTo(meters);
        TaggedBulkheadMetrics.ofBulkheadRegistry(endpointBulkheads).bindTo(meters);
    }

    /** The circuit breaker of a webhook endpoint (or of the SMTP server); its state is also a metric. */
    public CircuitBreaker circuitOf(NotificationChannel channel, String target) {
        return breakers.circuitBreaker(lane(channel, target));
    }

    /** Where a delivery goes, as its circuit breaker and its bulkhead see it: one webhook endpoint, or the SMTP server. */
    private static String lane(NotificationChannel channel, String target) {
        return channel == NotificationChannel.WEBHOOK ? WEBHOOK_LANE + target : SMTP_LANE;
    }

    /** Tells the dispatcher of a delivery just scheduled or retried; it starts it when it falls due. */
    void dueAt(Delivery delivery) {
        known.add(delivery);
        if (wakeUp.availablePermits() == 0) {
            wakeUp.release();
        }
    }

    /** What a delivery's start came to. */
    private enum Start { STARTED, ALREADY_ON_ITS_WAY, LANE_BUSY, ALL_BUSY }

    /**
     * Starts a delivery on the bulkhead's threads unless it is already on its way, its lane (an endpoint, or the SMTP
     * server) has its share of threads busy, or every thread is busy.
     */
    private Start start(String deliveryId, String lane) {
        if (!inFlight.add(deliveryId)) {
            return Start.ALREADY_ON_ITS_WAY;
        }
        Bulkhead endpoint = endpointBulkheads.bulkhead(lane);
        if (!endpoint.tryAcquirePermission()) {
            inFlight.remove(deliveryId);
            return Start.LANE_BUSY;
        }
        try {
            bulkhead.executeRunnable(() -> {
                try {
                    attempt(deliveryId);
                } finally {
                    endpoint.onComplete();
                    inFlight.remove(deliveryId);
                }
            });
            return Start.STARTED;
        } catch (BulkheadFullException full) {
            endpoint.releasePermission();
            inFlight.remove(deliveryId);
            return Start.ALL_BUSY;
        }
    }

    /**
     * Starts the deliveries this instance knows to be due by now; one whose lane or the whole bulkhead is busy is
     * looked at again a dispatch interval later.
     */
    private void startKnown(Instant now) {
        List<KnownDeliveries.Due> due = known.takeDueBy(now);
        Set<String> busyLanes = new HashSet<>();
        boolean allBusy = false;
        for (KnownDeliveries.Due delivery : due) {
            String lane = lane(delivery.channel(), delivery.target());
            Start start = allBusy || busyLanes.contains(lane) ? Start.LANE_BUSY : start(delivery.id(), lane);
            if (start == Start.LANE_BUSY || start == Start.ALL_BUSY) {
                busyLanes.add(lane);
                allBusy |= start == Start.ALL_BUSY;
                known.add(new KnownDeliveries.Due(delivery.id(), delivery.channel(), delivery.target(), now.plus(properties.dispatchInterval())));
            }
        }
    }

    /**
     * Queries the store for due deliveries this instance does not know of and starts them; one whose lane or the
     * whole bulkhead is busy it then knows of, due a dispatch interval later. Returns whether the store may hold more
     * than the query's windows did, to be queried again soon.
     * <p>
     * Looks at the oldest due deliveries a window at a time. A lane (an endpoint, or the SMTP server) whose share of
     * threads is busy takes no more this round, and the next window leaves it out: a down endpoint's backlog, all
     * older than what arrived since, would otherwise fill every window and keep the other partners' deliveries
     * waiting behind it.
     */
    boolean dispatchDue() {
        Set<String> busyLanes = new HashSet<>();
        boolean allBusy = false;
        Instant later = Instant.now(clock).plus(properties.dispatchInterval());
        for (int window = 0; window < MAX_WINDOWS_PER_ROUND; window++) {
            int busyBefore = busyLanes.size();
            List<Delivery> found = dueOutside(busyLanes);
            boolean unknownFound = false;
            for (Delivery due : found) {
                if (known.contains(due.id())) {
                    continue; // started from what this instance knows, when it falls due
                }
                unknownFound = true;
                String lane = lane(due.channel(), due.target());
                Start start = allBusy || busyLanes.contains(lane) ? Start.LANE_BUSY : start(due.id(), lane);
                if (start == Start.LANE_BUSY || start == Start.ALL_BUSY) {
                    busyLanes.add(lane);
                    allBusy |= start == Start.ALL_BUSY;
                    known.add(new KnownDeliveries.Due(due.id(), due.channel(), due.target(), later));
                }
            }
            if (allBusy || busyLanes.size() == busyBefore) {
                // No lane left out of this window that a next one could skip.
                return found.size() == WINDOW && unknownFound;
            }
        }
        return true;
    }

    /** The oldest due deliveries, leaving out the given lanes. */
    private List<Delivery> dueOutside(Set<String> lanes) {
        Criteria due = Criteria.where("status").in(DUE).and("nextAttemptAt").lte(Instant.now(clock));
        if (!lanes.isEmpty()) {
            due = due.norOperator(lanes.stream().map(DeliveryDispatcher::deliveriesOf).toList());
        }
        return mongo.find(Query.query(due).with(Sort.by("nextAttemptAt")).limit(WINDOW), Delivery.class);
    }

    private static Criteria deliveriesOf(String lane) {
        return lane.equals(SMTP_LANE) ? Criteria.where("channel").is(NotificationChannel.EMAIL)
                : Criteria.where("channel").is(NotificationChannel.WEBHOOK).and("target").is(lane.substring(WEBHOOK_LANE.length()));
    }

    private void attempt(String deliveryId) {
        Delivery found = store.findById(deliveryId).orElse(null);
        Instant now = Instant.now(clock);
        if (found == null || !DUE.contains(found.status()) || found.nextAttemptAt().isAfter(now)) {
            return;
        }
        found.claim(now.plus(properties.webhookTimeout().multipliedBy(3)));
        Delivery delivery;
        try {
            delivery = store.save(found);
        } catch (OptimisticLockingFailureException anotherInstanceHasIt) {
            return;
        }
        CircuitBreaker circuit = circuitOf(delivery.channel(), delivery.target());
        try {
            circuit.executeRunnable(() -> send(delivery));
            delivery.delivered(Instant.now(clock));
            metrics.attempted(delivery);
            metrics.delivered(delivery);
        } catch (CallNotPermittedException open) {
            delivery.postpone(now.plus(properties.circuitOpenFor()));
        } catch (PersonContacts.ContactUnavailable caseServiceAway) {
            // case-service cannot give the address now: the reminder waits, spending no attempt and saying nothing
            // of the SMTP server's health.
            delivery.postpone(now.plus(properties.initialBackOff()));
        } catch (DeliveryChannels.RecipientNotKnownYet notYet) {
            if (now.isBefore(delivery.createdAt().plus(properties.directoryWait()))) {
                delivery.postpone(now.plus(properties.initialBackOff()));
            } else {
                fail(delivery, new DeliveryChannels.DeliveryAttemptFailed(DeliveryFailure.RECIPIENT_UNAVAILABLE, null, true, notYet.getMessage()), now);
            }
        } catch (RuntimeException failure) {
            // Anything else (a secret that no longer decrypts, say) is a failed attempt too, never a silent loop.
            fail(delivery, failure instanceof DeliveryChannels.DeliveryAttemptFailed known ? known
                    : new DeliveryChannels.DeliveryAttemptFailed(DeliveryFailure.OTHER, null, false, failure.getMessage()), now);
        }
        try {
            known.add(store.save(delivery)); // its next try, if it has one
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            log.debug("delivery {} changed while being sent; the next round looks again", delivery.id());
        }
    }

    private void fail(Delivery delivery, DeliveryChannels.DeliveryAttemptFailed failed, Instant now) {
        int attempts = delivery.attempts() + 1;
        Instant next = failed.permanent || attempts >= properties.maxAttempts() ? null : now.plusMillis(backOff.apply(attempts));
        delivery.failed(failed.failure, failed.httpStatus, next, now);
        metrics.attempted(delivery);
        metrics.failed(delivery);
        log.info("delivery {} over {} failed ({}: {}), attempt {}{}", delivery.id(), delivery.channel(), failed.failure,
                failed.getMessage(), attempts, next == null ? ", now DEAD" : "");
    }

    private void send(Delivery delivery) {
        switch (delivery.channel()) {
            case EMAIL -> channels.email(delivery);
            case WEBHOOK -> channels.webhook(delivery);
            case IN_APP -> {
            }
        }
    }

    /**
     * Starts what this instance knows to be due as it falls due, and queries the store for the rest at start and
     * every {@code sweep-interval}.
     */
    private void run() {
        Instant nextQuery = Instant.MIN;
        while (running) {
            try {
                Instant now = Instant.now(clock);
                if (!now.isBefore(nextQuery) || known.takeOverflow()) {
                    nextQuery = now.plus(dispatchDue() ? properties.dispatchInterval() : properties.sweepInterval());
                }
                startKnown(now);
                long untilNext = known.next().map(next -> Duration.between(Instant.now(clock), next).toMillis()).orElse(Long.MAX_VALUE);
                long wait = Math.max(1, Math.min(untilNext, Math.min(properties.dispatchInterval().toMillis(),
                        Duration.between(Instant.now(clock), nextQuery).toMillis())));
                wakeUp.tryAcquire(wait, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("delivery dispatcher round failed: {}", e.getMessage());
                if (!pause()) {
                    return;
                }
            }
        }
    }

    /** A dispatch interval's pause after a failed round (the store away, say); false when interrupted. */
    private boolean pause() {
        try {
            Thread.sleep(properties.dispatchInterval().toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void start() {
        running = true;
        loop = new Thread(this::run, "delivery-dispatcher");
        loop.setDaemon(true);
        loop.start();
    }

    @Override
    public void stop() {
        running = false;
        if (loop != null) {
            loop.interrupt();
        }
        try {
            bulkhead.close();
        } catch (Exception e) {
            log.debug("closing the outbound bulkhead", e);
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
