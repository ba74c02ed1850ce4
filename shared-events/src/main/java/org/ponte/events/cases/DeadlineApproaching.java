package org.ponte.events.cases;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.ponte.events.vocabulary.Agency;
import org.ponte.events.vocabulary.DeadlineKind;
import org.ponte.events.vocabulary.LegalStatusCategory;

import java.time.Instant;
import java.time.LocalDate;

import static org.ponte.events.Require.present;

/**
 * A person's deadline is near: a legal status that expires on {@code dueOn} ({@code category} says which), or an
 * appointment with an agency at {@code at}. Published once per deadline and warning step ({@code warningDays}: 60
 * and 15 days before an expiry by default, 1 before an appointment). {@code deadlineId} is the timeline entry or the
 * appointment. The fields of the other kind are null, and written as null, so that every message shows the same fields.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DeadlineApproaching(
        String deadlineId,
        DeadlineKind kind,
        String beneficiaryId,
        String officeId,
        String caseId,
        String caseNumber,
        LegalStatusCategory category,
        Agency agency,
        LocalDate dueOn,
        Instant at,
        int warningDays,
        int daysLeft,
        Instant flaggedAt) implements CaseEvent {

    public DeadlineApproaching {
        present(deadlineId, "deadlineId");
        present(kind, "kind");
        present(beneficiaryId, "beneficiaryId");
        present(officeId, "officeId");
        present(dueOn, "dueOn");
        present(flaggedAt, "flaggedAt");
    }

    @Override
    public String aggregateId() {
        return beneficiaryId;
    }
}
