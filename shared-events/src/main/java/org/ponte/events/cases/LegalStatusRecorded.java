package org.ponte.events.cases;

import org.ponte.events.vocabulary.LegalStatusCategory;

import java.time.Instant;
import java.time.LocalDate;

import static org.ponte.events.Require.present;

/**
 * A technician recorded an entry of a person's legal-status timeline: its category and the days it is valid (no end
 * for a status that does not expire). The document reference and the note stay in case-service.
 */
public record LegalStatusRecorded(
        String entryId,
        String beneficiaryId,
        String officeId,
        LegalStatusCategory category,
        LocalDate validFrom,
        LocalDate validUntil,
        String recordedBy,
        Instant recordedAt) implements CaseEvent {

    public LegalStatusRecorded {
        present(entryId, "entryId");
        present(beneficiaryId, "beneficiaryId");
        present(officeId, "officeId");
        present(category, "category");
        present(validFrom, "validFrom");
        present(recordedBy, "recordedBy");
        present(recordedAt, "recordedAt");
    }

    @Override
    public String aggregateId() {
        return beneficiaryId;
    }
}
