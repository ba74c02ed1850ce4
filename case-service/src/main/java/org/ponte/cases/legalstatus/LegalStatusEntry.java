package org.ponte.cases.legalstatus;

import org.ponte.events.vocabulary.LegalStatusCategory;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry of a person's legal-status timeline. {@code validUntil} is null for a status that does not expire (or
 * whose end is not known); the document reference and the note are the person's data and never leave case-service.
 */
public record LegalStatusEntry(String id, LegalStatusCategory category, LocalDate validFrom, LocalDate validUntil,
                               String documentReference, String note, String recordedBy, Instant recordedAt) {

    boolean inForceOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validUntil == null || !validUntil.isBefore(day));
    }

    LegalStatusEntry withoutPersonalText() {
        return new LegalStatusEntry(id, category, validFrom, validUntil, null, null, recordedBy, recordedAt);
    }
}
