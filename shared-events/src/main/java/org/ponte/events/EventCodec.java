package org.ponte.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.ponte.events.CloudEventHeaders.CONTENT_TYPE;
import static org.ponte.events.CloudEventHeaders.CORRELATION_ID;
import static org.ponte.events.CloudEventHeaders.ID;
import static org.ponte.events.CloudEventHeaders.JSON;
import static org.ponte.events.CloudEventHeaders.SCHEMA_VERSION;
import static org.ponte.events.CloudEventHeaders.SOURCE;
import static org.ponte.events.CloudEventHeaders.SPEC_VERSION;
import static org.ponte.events.CloudEventHeaders.SPEC_VERSION_1_0;
import static org.ponte.events.CloudEventHeaders.SUBJECT;
import static org.ponte.events.CloudEventHeaders.TIME;
import static org.ponte.events.CloudEventHeaders.TYPE;

/**
 * Turns envelopes into Kafka records and back: CloudEvents 1.0 binary mode, JSON body. The one place where
 * Ponte's events meet the wire, shared by every producer and consumer.
 * <p>
 * Reading follows the evolution rules: unknown JSON fields are ignored (producers may add optional fields),
 * an unknown type or version is returned as {@link DecodedEvent.Unknown}, and only a record that claims a
 * known type but cannot be read as it throws {@link MalformedEventException}.
 */
public final class EventCodec {

    private final ObjectMapper json;

    public EventCodec() {
        this(jsonMapper());
    }

    public EventCodec(ObjectMapper json) {
        this.json = json;
    }

    /** The JSON settings of event bodies: ISO-8601 instants, absent optional fields left out, unknown ones ignored. */
    public static JsonMapper jsonMapper() {
        return JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
                .addModule(new SimpleModule("ponte-instants").addDeserializer(Instant.class, new ValueDeserializer<>() {
                    @Override
                    public Instant deserialize(JsonParser parser, DeserializationContext context) {
                        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                            return (Instant) context.handleUnexpectedToken(Instant.class, parser);
                        }
                        try {
                            return IsoInstants.parse(parser.getString());
                        } catch (DateTimeParseException notAnInstant) {
                            return (Instant) context.handleWeirdStringValue(Instant.class, parser.getString(), notAnInstant.getMessage());
                        }
                    }
                }))
                .build();
    }

    public EncodedEvent encode(EventEnvelope<?> envelope) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(SPEC_VERSION, SPEC_VERSION_1_0);
        headers.put(ID, envelope.eventId().toString());
        headers.put(SOURCE, envelope.source());
        headers.put(TYPE, envelope.type().wireName());
        headers.put(TIME, envelope.occurredAt().toString());
        headers.put(SUBJECT, envelope.aggregateId());
        headers.put(SCHEMA_VERSION, Integer.toString(envelope.type().schemaVersion()));
        headers.put(CORRELATION_ID, envelope.correlationId());
        headers.put(CONTENT_TYPE, JSON);
        return new EncodedEvent(envelope.topic(), envelope.aggregateId(), headers, toJson(envelope.data()));
    }

    /**
     * Reads a record's CloudEvents headers and JSON body.
     *
     * @throws MalformedEventException if the record is not a CloudEvent, or claims a known type but its body
     *                                 does not hold that event
     */
    public DecodedEvent decode(Map<String, String> headers, byte[] body) {
        String specVersion = headers.get(SPEC_VERSION);
        if (!SPEC_VERSION_1_0.equals(specVersion)) {
            throw new MalformedEventException("not a CloudEvents 1.0 record: " + SPEC_VERSION + "=" + specVersion);
        }
        String type = required(headers, TYPE);
        String version = headers.get(SCHEMA_VERSION);
        var known = parseVersion(version).flatMap(v -> EventType.find(type, v));
        if (known.isEmpty()) {
            return new DecodedEvent.Unknown(type, version, headers.get(ID));
        }
        EventType eventType = known.get();
        try {
            PonteEvent data = fromJson(body, eventType.recordType());
            return new DecodedEvent.Known(new EventEnvelope<>(
                    UUID.fromString(required(headers, ID)),
                    eventType,
                    parseTime(required(headers, TIME)),
                    required(headers, SOURCE),
                    required(headers, SUBJECT),
                    required(headers, CORRELATION_ID),
                    data));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new MalformedEventException(type + " has an invalid attribute: " + e.getMessage(), e);
        }
    }

    public byte[] toJson(PonteEvent data) {
        return json.writeValueAsBytes(data);
    }

    /** Reads an event's JSON body; a body that is not the event (a required field missing, say) is malformed. */
    public <E extends PonteEvent> E fromJson(byte[] body, Class<E> recordType) {
        if (body == null || body.length == 0) {
            throw new MalformedEventException(recordType.getSimpleName() + " has no body");
        }
        try {
            return json.readValue(body, recordType);
        } catch (JacksonException e) {
            throw new MalformedEventException(recordType.getSimpleName() + " body cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    private static String required(Map<String, String> headers, String name) {
        String value = headers.get(name);
        if (value == null || value.isBlank()) {
            throw new MalformedEventException("CloudEvents attribute " + name + " is missing");
        }
        return value;
    }

    private static Optional<Integer> parseVersion(String version) {
        try {
            return Optional.of(Integer.parseInt(version));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Instant parseTime(String time) {
        return IsoInstants.parse(time);
    }
}
