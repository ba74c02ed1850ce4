package org.ponte.events.partners;

import org.ponte.events.PonteEvent;

/**
 * An event on the compacted {@code partner-directory} topic, published by referral-service, which keeps the
 * directory of partner organisations and of the network's own offices. Keyed by the entry's aggregate id, so
 * compaction keeps each entry's latest state; {@code revision} grows with every change so a consumer can ignore a
 * stale snapshot.
 */
public interface DirectoryEvent extends PonteEvent {

    long revision();
}
