package org.ponte.archfixture.web;

import org.apache.kafka.clients.producer.ProducerRecord;

/** A domain service that sends Kafka records itself. */
public class PlanService {

    public ProducerRecord<String, String> changed() {
        return new ProducerRecord<>("plans", "changed");
    }
}
