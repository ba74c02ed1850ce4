package org.ponte.events;

import org.ponte.events.partners.OfficeUpserted;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each event type against its sample, the JSON that consumers were promised. */
class EventContractTest {

    private final EventCodec codec = new EventCodec();
    private final ObjectMapper json = EventCodec.jsonMapper();

    @ParameterizedTest
    @EnumSource(EventType.class)
    void sampleReadsIntoItsRecordAndWritesBackToTheSameJson(EventType type) {
        String sample = EventSamples.json(type);

        PonteEvent event = codec.fromJson(bytes(sample), type.recordType());

        assertThat(event).isInstanceOf(type.recordType());
        assertThat(json.readTree(codec.toJson(event))).isEqualTo(json.readTree(sample));
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void sampleShowsEveryFieldOfTheEvent(EventType type) {
        JsonNode sample = json.readTree(EventSamples.json(type));

        assertThat(sample.propertyNames())
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(type.recordType().getRecordComponents())
                        .map(RecordComponent::getName).toList());
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void unknownFieldsAddedByANewerProducerAreIgnored(EventType type) {
        ObjectNode newer = (ObjectNode) json.readTree(EventSamples.json(type));
        newer.put("fieldFromTheFuture", "ignored");
        newer.putObject("nestedFromTheFuture").put("level", 2);

        PonteEvent event = codec.fromJson(json.writeValueAsBytes(newer), type.recordType());

        assertThat(event).isEqualTo(codec.fromJson(bytes(EventSamples.json(type)), type.recordType()));
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void eventWithoutItsAggregateIdIsMalformed(EventType type) {
        PonteEvent sample = codec.fromJson(bytes(EventSamples.json(type)), type.recordType());
        ObjectNode broken = (ObjectNode) json.readTree(EventSamples.json(type));
        String keyField = broken.propertyNames().stream()
                .filter(name -> broken.get(name).isString() && keyOf(sample.aggregateId(), broken.get(name).asString()))
                .findFirst().orElseThrow();
        broken.remove(keyField);

        assertThatThrownBy(() -> codec.fromJson(json.writeValueAsBytes(broken), type.recordType()))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining(keyField);
    }

    /** Whether the field's value is the aggregate id, or the id an office's key is made of ({@code office:lisboa}). */
    private static boolean keyOf(String aggregateId, String value) {
        return aggregateId.equals(value) || aggregateId.equals(OfficeUpserted.KEY_PREFIX + value);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
