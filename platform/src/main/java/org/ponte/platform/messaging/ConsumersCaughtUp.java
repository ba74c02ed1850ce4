package org.ponte.platform.messaging;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Health {@code consumersCaughtUp}, part of the readiness group: OUT_OF_SERVICE until every consumer binding has
 * caught up once with its topics ({@link BindingCatchUp}), so that the first request after a start is answered
 * like any other (a referral for a case opened a second before the start).
 */
final class ConsumersCaughtUp implements HealthIndicator {

    private final List<BindingCatchUp> bindings = new CopyOnWriteArrayList<>();

    BindingCatchUp track(String binding, AbstractMessageListenerContainer<?, ?> container) {
        BindingCatchUp catchUp = new BindingCatchUp(binding, container);
        bindings.add(catchUp);
        return catchUp;
    }

    @Override
    public Health health() {
        List<String> behind = bindings.stream().filter(binding -> !binding.caughtUp()).map(BindingCatchUp::name).toList();
        return behind.isEmpty() ? Health.up().build() : Health.outOfService().withDetail("catchingUp", behind).build();
    }
}
