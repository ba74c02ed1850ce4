package org.ponte.platform.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.ponte.events.DecodedEvent;
import org.ponte.events.EventCodec;
import org.ponte.events.EventEnvelope;
import org.ponte.events.KafkaEventRecords;
import org.ponte.events.PonteEvent;
import org.ponte.platform.web.CorrelationId;
import org.ponte.platform.tracing.EventTracing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.messaging.Message;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Builds the Spring Cloud Stream consumers of a service, all alike: read the CloudEvents headers and JSON
 * body, skip (and count) types this build does not know, drop events already processed (by event id, per
 * consumer, remembered in {@code processed_events}), and run the handler with the event's correlation id in
 * the log context, so that events the handler causes carry it on.
 * <pre>{@code
 * @Bean Consumer<Message<byte[]>> referralEvents(EventConsumers consumers, ReferralSummaries summaries) {
 *     return consumers.idempotent("referral-summaries", summaries::apply);
 * }
 * }</pre>
 */
public final class EventConsumers {

    static final String PROCESSED = "processed_events";
    private static final Logger log = LoggerFactory.getLogger(EventConsumers.class);

    private final EventCodec codec;
    private final MongoOperations mongo;
    private final MeterRegistry meters;
    private final Clock clock;
    private final EventTracing tracing;

    public EventConsumers(EventCodec codec, MongoOperations mongo, MeterRegistry meters, Clock clock, EventTracing tracing) {
        this.codec = codec;
        this.mongo = mongo;
        this.meters = meters;
        this.clock = clock;
        this.tracing = tracing;
    }

    public Consumer<Message<byte[]>> idempotent(String consumer, EventHandler handler) {
        return idempotent(consumer, type -> true, handler);
    }

    /**
     * The same, for handlers registered by type: an event of a type none handles is passed over without touching
     * the store, since doing nothing twice needs no guard. An attendance, the busiest event, then costs the
     * services that ignore it no store round trip instead of two.
     */
    public Consumer<Message<byte[]>> idempotent(String consumer, EventHandlers handlers) {
        return idempotent(consumer, handlers::handles, handlers);
    }

    private Consumer<Message<byte[]>> idempotent(String consumer, Predicate<Class<?>> handled, EventHandler handler) {
        return message -> {
            Map<String, String> headers = KafkaEventRecords.headers(message.getHeaders());
            EventEnvelope<? extends PonteEvent> event = decode(consumer, headers, message.getPayload());
            if (event == null) {
                return;
            }
            if (!handled.test(event.data().getClass())) {
                meters.counter("ponte.events.passed", "consumer", consumer, "type", event.type().simpleName()).increment();
                return;
            }
            String markerId = consumer + ":" + event.eventId();
            if (processed(markerId)) {
                meters.counter("ponte.events.duplicates", "consumer", consumer).increment();
                return;
            }
            tracing.continued(headers, consumer + " " + event.type().simpleName(), event.occurredAt(), () -> handle(handler, event));
            remember(markerId, consumer, event);
            meters.counter("ponte.events.consumed", "consumer", consumer, "type", event.type().simpleName()).increment();
        };
    }

    /**
     * For a handler whose every write is an upsert keyed by what the event is about, so that applying an event
     * twice gives the same documents (a read model of facts): no processed-event marker is needed, and each event
     * costs one store round trip instead of three.
     */
    public Consumer<Message<byte[]>> upserting(String consumer, EventHandler handler) {
        return message -> {
            Map<String, String> headers = KafkaEventRecords.headers(message.getHeaders());
            EventEnvelope<? extends PonteEvent> event = decode(consumer, headers, message.getPayload());
            if (event != null) {
                tracing.continued(headers, consumer + " " + event.type().simpleName(), event.occurredAt(), () -> handle(handler, event));
                meters.counter("ponte.events.consumed", "consumer", consumer, "type", event.type().simpleName()).increment();
            }
        };
    }

    /** The event, or null for a type this build does not know (skipped and counted); malformed ones throw. */
    private EventEnvelope<? extends PonteEvent> decode(String consumer, Map<String, String> headers, byte[] payload) {
        DecodedEvent decoded = codec.decode(headers, payload);
        if (decoded instanceof DecodedEvent.Unknown unknown) {
            meters.counter("ponte.events.skipped", "consumer", consumer, "type", unknown.type()).increment();
            log.debug("{} skips event {} of unknown type {}", consumer, unknown.eventId(), unknown.type());
            return null;
        }
        return ((DecodedEvent.Known) decoded).envelope();
    }

    private static void handle(EventHandler handler, EventEnvelope<? extends PonteEvent> event) {
        try (MDC.MDCCloseable ignored = MDC.putCloseable(CorrelationId.MDC_KEY, event.correlationId())) {
            handler.handle(event);
        }
    }

    /**
     * Whether the marker is stored, read by its id. Not {@code exists()}: the driver asks that as a count, an
     * aggregation that the MongoDB-wire store answers by reading every marker (31 ms at 100,000 against 1 ms for the
     * find, and a service working off a backlog holds hundreds of thousands).
     */
    private boolean processed(String markerId) {
        Query byId = Query.query(Criteria.where("_id").is(markerId));
        byId.fields().include("_id");
        return mongo.findOne(byId, Document.class, PROCESSED) != null;
    }

    private void remember(String markerId, String consumer, EventEnvelope<?> event) {
        try {
            mongo.insert(new Document("_id", markerId).append("consumer", consumer)
                    .append("eventId", event.eventId().toString()).append("type", event.type().wireName())
                    .append("processedAt", Instant.now(clock)), PROCESSED);
        } catch (DuplicateKeyException alreadyThere) {
            // Processed twice at the same time by a rebalance: the handler is idempotent, nothing more to do.
        }
    }

}
