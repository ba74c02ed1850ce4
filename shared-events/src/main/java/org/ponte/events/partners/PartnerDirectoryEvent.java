package org.ponte.events.partners;

/** A partner organisation's entry in the directory, keyed by the partner id. */
public interface PartnerDirectoryEvent extends DirectoryEvent {

    String partnerId();

    @Override
    default String aggregateId() {
        return partnerId();
    }
}
