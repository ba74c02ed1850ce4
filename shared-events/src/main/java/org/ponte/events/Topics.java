package org.ponte.events;

import java.util.List;

/** The Kafka topics between services. Event topics are kept without time limit so read models can be rebuilt. */
public final class Topics {

    /** Beneficiaries, cases, attendances and mentoring sessions; published by case-service. */
    public static final String CASE_EVENTS = "case-events";
    /** Referrals and their lifecycle; published by referral-service. */
    public static final String REFERRAL_EVENTS = "referral-events";
    /** Public partner directory data, one full snapshot per partner; compacted; published by referral-service. */
    public static final String PARTNER_DIRECTORY = "partner-directory";
    /** Outcomes of notification deliveries; published by notification-service. */
    public static final String NOTIFICATION_EVENTS = "notification-events";
    /** Offices' activities and published resources; published by programme-service. */
    public static final String PROGRAMME_EVENTS = "programme-events";

    public static final List<String> ALL = List.of(CASE_EVENTS, REFERRAL_EVENTS, PARTNER_DIRECTORY, NOTIFICATION_EVENTS, PROGRAMME_EVENTS);

    private Topics() {
    }

    /** The dead-letter topic of a consumer group on a topic: {@code <topic>.<group>.dlq}. */
    public static String deadLetter(String topic, String group) {
        return topic + "." + group + ".dlq";
    }
}
