package org.ponte.events;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A fact that one service tells the others. Implementations are immutable records named in the past tense,
 * listed in {@link EventType}, and carry ids and categories only: never a name, phone, e-mail, document
 * number, address or free-text note of a person.
 */
public interface PonteEvent {

    /** The id of the aggregate the event belongs to; it is the Kafka key, so one aggregate's events stay in order. */
    @JsonIgnore
    String aggregateId();
}
