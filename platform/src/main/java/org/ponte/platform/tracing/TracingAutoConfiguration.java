package org.ponte.platform.tracing;

import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

import java.time.Clock;

/**
 * Traces that cross Kafka ({@link EventTracing}), on Micrometer Tracing's OpenTelemetry bridge: spans exported over
 * OTLP where {@code management.opentelemetry.tracing.export.otlp.endpoint} names a collector, none otherwise.
 */
@AutoConfiguration(afterName = "org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.OpenTelemetryTracingAutoConfiguration")
public class TracingAutoConfiguration {

    @Bean
    EventTracing eventTracing(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator, ObjectProvider<Clock> clock) {
        Tracer available = tracer.getIfAvailable();
        Propagator propagating = propagator.getIfAvailable();
        return available == null || propagating == null ? EventTracing.off()
                : new EventTracing(available, propagating, clock.getIfAvailable(Clock::systemUTC));
    }
}
