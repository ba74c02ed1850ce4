package org.ponte.testsupport;

import org.ponte.events.EventCodec;
import org.ponte.events.EventSamples;
import org.ponte.events.EventType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The contract test of a producing service: the JSON it published for an event has the shape of the sample
 * in shared-events. Every field it sends is one the sample shows, with the same JSON type, nested objects
 * and arrays included, and it reads back into the event record (so no required field is missing). Optional
 * fields may be absent.
 */
public final class EventContracts {

    private static final ObjectMapper JSON = EventCodec.jsonMapper();

    private EventContracts() {
    }

    public static void assertMatchesSample(EventType type, byte[] publishedJson) {
        new EventCodec().fromJson(publishedJson, type.recordType());
        List<String> differences = new ArrayList<>();
        compare(JSON.readTree(EventSamples.json(type)), JSON.readTree(publishedJson), type.simpleName(), differences);
        if (!differences.isEmpty()) {
            throw new AssertionError(type.simpleName() + " does not match its sample in shared-events:\n  "
                    + String.join("\n  ", differences));
        }
    }

    private static void compare(JsonNode sample, JsonNode published, String path, List<String> differences) {
        if (sample.getNodeType() != published.getNodeType()) {
            differences.add(path + " is " + published.getNodeType() + " where the sample has " + sample.getNodeType());
        } else if (published.isObject()) {
            for (Map.Entry<String, JsonNode> field : published.properties()) {
                JsonNode expected = sample.get(field.getKey());
                if (expected == null) {
                    differences.add(path + "." + field.getKey() + " is not in the sample");
                } else {
                    compare(expected, field.getValue(), path + "." + field.getKey(), differences);
                }
            }
        } else if (published.isArray() && !sample.isEmpty()) {
            for (int i = 0; i < published.size(); i++) {
                compare(sample.get(0), published.get(i), path + "[" + i + "]", differences);
            }
        }
    }
}
