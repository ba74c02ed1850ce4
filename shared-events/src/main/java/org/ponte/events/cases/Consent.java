package org.ponte.events.cases;

/**
 * What a person agreed to: processing their data (required before a case can be opened), sharing their contact
 * data with partner organisations they are referred to, and being contacted by e-mail or SMS with reminders in their
 * preferred language (both optional, changeable at any time). {@code contactByMessage} was added within version 1:
 * an event without it reads as false.
 */
public record Consent(boolean dataProcessing, boolean shareWithPartners, Boolean contactByMessage) {

    public Consent {
        contactByMessage = Boolean.TRUE.equals(contactByMessage);
    }

    public Consent(boolean dataProcessing, boolean shareWithPartners) {
        this(dataProcessing, shareWithPartners, false);
    }
}
