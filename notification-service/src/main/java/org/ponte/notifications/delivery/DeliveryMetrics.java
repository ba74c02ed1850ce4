package org.ponte.notifications.delivery;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * The delivery meters, in one place, for every channel (the in-app inbox included):
 * <ul>
 *   <li>{@code ponte.notifications.deliveries{channel, outcome}}: delivered, failed (will retry) or dead;</li>
 *   <li>{@code ponte.notifications.attempts{channel}}: calls actually made (not those an open circuit or a busy
 *       endpoint held back);</li>
 *   <li>{@code ponte.notifications.latency{channel}}: from the source event to its delivery.</li>
 * </ul>
 * Circuit-breaker states and bulkhead use are Resilience4j's own meters.
 */
@Component
class DeliveryMetrics {

    private final MeterRegistry meters;

    DeliveryMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    void delivered(Delivery delivery) {
        outcome(delivery, "delivered");
        if (delivery.sourceOccurredAt() != null && delivery.deliveredAt() != null) {
            meters.timer("ponte.notifications.latency", "channel", delivery.channel().name())
                    .record(Duration.between(delivery.sourceOccurredAt(), delivery.deliveredAt()).abs());
        }
    }

    void failed(Delivery delivery) {
        outcome(delivery, delivery.status() == DeliveryStatus.DEAD ? "dead" : "failed");
    }

    void attempted(Delivery delivery) {
        meters.counter("ponte.notifications.attempts", "channel", delivery.channel().name()).increment();
    }

    private void outcome(Delivery delivery, String outcome) {
        meters.counter("ponte.notifications.deliveries", "channel", delivery.channel().name(), "outcome", outcome).increment();
    }
}
