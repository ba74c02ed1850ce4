package org.ponte.testsupport;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.ponte.events.Topics;

import java.util.List;
import java.util.Map;

/** The event topics as the platform creates them: kept forever, the partner directory compacted. */
final class EventTopics {

    static final int PARTITIONS = 2;

    private EventTopics() {
    }

    static List<NewTopic> all() {
        return Topics.ALL.stream().map(EventTopics::topic).toList();
    }

    private static NewTopic topic(String name) {
        Map<String, String> configs = name.equals(Topics.PARTNER_DIRECTORY)
                ? Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)
                : Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1");
        return new NewTopic(name, PARTITIONS, (short) 1).configs(configs);
    }
}
