package org.ponte.notifications.delivery;

import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.bulkhead.ThreadPoolBulkhead;
import io.github.resilience4j.bulkhead.ThreadPoolBulkheadConfig;
import io.github.resilience4j.bulkhead.ThreadPoolBulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedThreadPoolBulkheadMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import org.ponte.events.vocabulary.DeliveryFailure;
import org.ponte.events.vocabulary.NotificationChannel;
import org.ponte.notifications.NotificationProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Sends what is due, each delivery on its own, so that one slow or dead endpoint never holds up another:
 * calls run in a Resilience4j thread-pool bulkhead, each endpoint (and the SMTP server) behind its own
 * circuit breaker, each webhook call with a timeout. A failed attempt is retried later with exponential
 * back-off and jitter, kept in the delivery itself so that retries survive a restart; out of attempts, the
 * delivery is DEAD until an administrator retries it.
 */
@Component
public class DeliveryDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliveryDispatcher.class);
    private static final Set<DeliveryStatus> DUE = EnumSet.of(DeliveryStatus.PENDING, DeliveryStatus.FAILED);

    private final DeliveryStore store;
    private final Channels channels;
    private final NotificationProperties properties;
    private final MeterRegistry meters;
    private final Clock clock;
    private final CircuitBreakerRegistry breakers;
    private final ThreadPoolBulkhead bulkhead;
    private final IntervalFunction backOff;
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean running;
    private Thread loop;

    DeliveryDispatcher(DeliveryStore store, Channels channels, NotificationProperties properties, MeterRegistry meters, Clock clock) {
        this.store = store;
        this.channels = channels;
        this.properties = properties;
        this.meters = meters;
        this.clock = clock;
        this.breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .failureRateThreshold(properties.circuitFailureRate())
                .minimumNumberOfCalls(properties.circuitMinimumCalls())
                .slidingWindowSize(Math.max(properties.circuitMinimumCalls(), 10))
                .waitDurationInOpenState(properties.circuitOpenFor())
                .permittedNumberOfCallsInHalfOpenState(1)
                .recordExceptions(Channels.DeliveryAttemptFailed.class)
                .build());
        ThreadPoolBulkheadRegistry bulkheads = ThreadPoolBulkheadRegistry.of(ThreadPoolBulkheadConfig.custom()
                .coreThreadPoolSize(properties.concurrentCalls())
                .maxThreadPoolSize(properties.concurrentCalls())
                .queueCapacity(properties.concurrentCalls() * 4)
                .build());
        this.bulkhead = bulkheads.bulkhead("outbound");
        this.backOff = IntervalFunction.ofExponentialRandomBackoff(properties.initialBackOff(), 2.0, 0.5, properties.maxBackOff());
        TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(breakers).bindTo(meters);
        TaggedThreadPoolBulkheadMetrics.ofThreadPoolBulkheadRegistry(bulkheads).bindTo(meters);
    }

    /** The circuit breaker of a webhook endpoint (or of the SMTP server); its state is also a metric. */
    public CircuitBreaker circuitOf(NotificationChannel channel, String target) {
        return breakers.circuitBreaker(channel == NotificationChannel.WEBHOOK ? "webhook-" + target : "smtp");
    }

    void wakeUp() {
        if (wakeUp.availablePermits() == 0) {
            wakeUp.release();
        }
    }

    /** Starts every due delivery that is not already on its way; returns how many it started. */
    int dispatchDue() {
        int started = 0;
        for (Delivery due : store.findTop100ByStatusInAndNextAttemptAtLessThanEqualOrderByNextAttemptAtAsc(DUE, Instant.now(clock))) {
            if (!inFlight.add(due.id())) {
                continue;
            }
            try {
                bulkhead.executeRunnable(() -> {
                    try {
                        attempt(due.id());
                    } finally {
                        inFlight.remove(due.id());
                    }
                });
                started++;
            } catch (BulkheadFullException full) {
                inFlight.remove(due.id());
                break;
            }
        }
        return started;
    }

    private void attempt(String deliveryId) {
        Delivery delivery = store.findById(deliveryId).orElse(null);
        Instant now = Instant.now(clock);
        if (delivery == null || !DUE.contains(delivery.status()) || delivery.nextAttemptAt().isAfter(now)) {
            return;
        }
        CircuitBreaker circuit = circuitOf(delivery.channel(), delivery.target());
        try {
            circuit.executeRunnable(() -> send(delivery));
            delivery.delivered(Instant.now(clock));
            meters.counter("ponte.notifications.deliveries", "channel", delivery.channel().name(), "outcome", "delivered").increment();
            if (delivery.sourceOccurredAt() != null) {
                meters.timer("ponte.notifications.latency", "channel", delivery.channel().name())
                        .record(Duration.between(delivery.sourceOccurredAt(), delivery.deliveredAt()).abs());
            }
        } catch (CallNotPermittedException open) {
            delivery.postpone(now.plus(properties.circuitOpenFor()));
        } catch (RuntimeException failure) {
            // Anything else (a secret that no longer decrypts, say) is a failed attempt too, never a silent loop.
            Channels.DeliveryAttemptFailed failed = failure instanceof Channels.DeliveryAttemptFailed known ? known
                    : new Channels.DeliveryAttemptFailed(DeliveryFailure.OTHER, null, failure.getMessage());
            int attempts = delivery.attempts() + 1;
            Instant next = attempts >= properties.maxAttempts() ? null : now.plusMillis(backOff.apply(attempts));
            delivery.failed(failed.failure, failed.httpStatus, next, now);
            meters.counter("ponte.notifications.deliveries", "channel", delivery.channel().name(),
                    "outcome", next == null ? "dead" : "failed").increment();
            log.info("delivery {} over {} failed ({}: {}), attempt {}", delivery.id(), delivery.channel(), failed.failure,
                    failed.getMessage(), attempts);
        }
        meters.counter("ponte.notifications.attempts", "channel", delivery.channel().name()).increment();
        try {
            store.save(delivery);
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            log.debug("delivery {} changed while being sent; the next round looks again", delivery.id());
        }
    }

    private void send(Delivery delivery) {
        switch (delivery.channel()) {
            case EMAIL -> channels.email(delivery);
            case WEBHOOK -> channels.webhook(delivery);
            case IN_APP -> {
            }
        }
    }

    private void run() {
        while (running) {
            try {
                dispatchDue();
                wakeUp.tryAcquire(properties.dispatchInterval().toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("delivery dispatcher round failed: {}", e.getMessage());
            }
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
