package org.ponte.events.partners;

import org.ponte.events.PonteEvent;

/**
 * An event on the compacted {@code partner-directory} topic, published by referral-service. Keyed by the
 * partner id, so compaction keeps each partner's latest state; {@code revision} grows with every change so a
 * consumer can ignore a stale snapshot.
 */
public interface PartnerDirectoryEvent extends PonteEvent {

    String partnerId();

    long revision();

    @Override
    default String aggregateId() {
        return partnerId();
    }
}
