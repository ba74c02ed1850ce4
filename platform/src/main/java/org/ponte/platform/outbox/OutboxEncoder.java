package org.ponte.platform.outbox;

import org.ponte.platform.tracing.EventTracing;

import org.ponte.events.EncodedEvent;
import org.ponte.events.EventCodec;
import org.ponte.events.EventEnvelope;
import org.ponte.platform.web.CorrelationId;
import org.springframework.data.mongodb.core.mapping.event.BeforeConvertCallback;

import java.util.UUID;

/**
 * Moves an aggregate's new events into its outbox just before Spring Data writes the document: wrapped in an
 * envelope (fresh event id, this service as source, the request's correlation id) and encoded once, with the
 * current trace context (so the trace goes on in the consumers), so the relay sends exactly what was stored.
 */
final class OutboxEncoder implements BeforeConvertCallback<AggregateRoot> {

    private final EventCodec codec;
    private final String source;
    private final SentEvents sent;
    private final EventTracing tracing;

    OutboxEncoder(EventCodec codec, String source, SentEvents sent, EventTracing tracing) {
        this.codec = codec;
        this.source = source;
        this.sent = sent;
        this.tracing = tracing;
    }

    @Override
    public AggregateRoot onBeforeConvert(AggregateRoot aggregate, String collection) {
        aggregate.outbox().removeIf(message -> sent.wasSent(message.eventId()));
        for (AggregateRoot.NewEvent event : aggregate.drainNewEvents()) {
            String correlationId = CorrelationId.current().orElseGet(() -> UUID.randomUUID().toString());
            EventEnvelope<?> envelope = EventEnvelope.wrap(event.event(), source, correlationId, event.occurredAt());
            EncodedEvent encoded = codec.encode(envelope);
            aggregate.outbox().add(new OutboxMessage(envelope.eventId().toString(), envelope.type().wireName(),
                    encoded.topic(), encoded.key(), tracing.withCurrentTrace(encoded.headers()), encoded.bodyText(), envelope.occurredAt()));
        }
        return aggregate;
    }
}
