package org.ponte.platform.tracing;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.ponte.events.CloudEventHeaders;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A trace that crosses Kafka: the W3C Trace Context of the change that causes an event rides with the event as the
 * CloudEvents Distributed Tracing extension ({@code ce_traceparent}, {@code ce_tracestate}), stored in the outbox with
 * it; the service that consumes the event continues that trace with a span of its own. History re-read (a rebuild,
 * a consumer catching up after hours) is not traced: a span added today to a trace of last month says nothing.
 */
public final class EventTracing {

    /** Events older than this when consumed are history being re-read, not a live step of their trace. */
    static final Duration LIVE = Duration.ofMinutes(10);

    private final Tracer tracer;
    private final Propagator propagator;
    private final Clock clock;

    public EventTracing(Tracer tracer, Propagator propagator, Clock clock) {
        this.tracer = tracer;
        this.propagator = propagator;
        this.clock = clock;
    }

    /** Tracing off (no tracer): headers pass as they are, work runs as it is. */
    public static EventTracing off() {
        return new EventTracing(Tracer.NOOP, Propagator.NOOP, Clock.systemUTC());
    }

    /** The event's headers with the current trace context added, when there is one. */
    public Map<String, String> withCurrentTrace(Map<String, String> headers) {
        TraceContext current = tracer.currentTraceContext().context();
        if (current == null) {
            return headers;
        }
        Map<String, String> traced = new LinkedHashMap<>(headers);
        propagator.inject(current, traced, (carrier, key, value) -> carrier.put(CloudEventHeaders.TRACE_CONTEXT_PREFIX + key, value));
        return traced;
    }

    /** Runs the handling of one consumed event in a span that continues the trace it carries (if it carries one and is live). */
    public void continued(Map<String, String> headers, String name, Instant occurredAt, Runnable handling) {
        Span.Builder continuing = spanFor(headers, name, occurredAt);
        if (continuing == null) {
            handling.run();
            return;
        }
        Span span = continuing.start();
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            handling.run();
        } catch (RuntimeException | Error failure) {
            span.error(failure);
            throw failure;
        } finally {
            span.end();
        }
    }

    /** A span, in the event's trace, for work done on it among others (a batch applied at once) between two moments. */
    public void record(Map<String, String> headers, String name, Instant occurredAt, Instant started, Instant ended) {
        Span.Builder continuing = spanFor(headers, name, occurredAt);
        if (continuing != null) {
            continuing.startTimestamp(toMicros(started), TimeUnit.MICROSECONDS).start().end(toMicros(ended), TimeUnit.MICROSECONDS);
        }
    }

    private Span.Builder spanFor(Map<String, String> headers, String name, Instant occurredAt) {
        if (!headers.containsKey(CloudEventHeaders.TRACE_CONTEXT_PREFIX + "traceparent") || occurredAt.isBefore(clock.instant().minus(LIVE))) {
            return null;
        }
        return propagator.extract(headers, (carrier, key) -> carrier.get(CloudEventHeaders.TRACE_CONTEXT_PREFIX + key))
                .name(name).kind(Span.Kind.CONSUMER).tag("messaging.system", "kafka");
    }

    private static long toMicros(Instant instant) {
        return TimeUnit.SECONDS.toMicros(instant.getEpochSecond()) + instant.getNano() / 1000;
    }
}
