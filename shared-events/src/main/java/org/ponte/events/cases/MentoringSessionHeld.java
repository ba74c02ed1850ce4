package org.ponte.events.cases;

import org.ponte.events.vocabulary.InterventionArea;
import org.ponte.events.vocabulary.MentoringKind;

import java.time.Instant;
import java.util.List;

import static org.ponte.events.Require.nonEmpty;
import static org.ponte.events.Require.positive;
import static org.ponte.events.Require.present;

/** A mentoring session (mentoria) took place with one or more people of one office; the topic text stays in case-service. */
public record MentoringSessionHeld(
        String sessionId,
        String officeId,
        MentoringKind kind,
        List<MentoringParticipant> participants,
        InterventionArea area,
        Instant occurredAt,
        int durationMinutes,
        String mentorId,
        Instant recordedAt) implements CaseEvent {

    public MentoringSessionHeld {
        present(sessionId, "sessionId");
        present(officeId, "officeId");
        present(kind, "kind");
        participants = nonEmpty(participants, "participants");
        present(area, "area");
        present(occurredAt, "occurredAt");
        positive(durationMinutes, "durationMinutes");
        present(mentorId, "mentorId");
        present(recordedAt, "recordedAt");
    }

    @Override
    public String aggregateId() {
        return sessionId;
    }
}
