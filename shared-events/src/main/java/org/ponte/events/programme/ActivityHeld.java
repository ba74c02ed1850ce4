package org.ponte.events.programme;

import org.ponte.events.vocabulary.ActivityType;
import org.ponte.events.vocabulary.InterventionArea;

import java.time.Instant;
import java.util.List;

import static org.ponte.events.Require.listOf;
import static org.ponte.events.Require.nonEmpty;
import static org.ponte.events.Require.positive;
import static org.ponte.events.Require.present;

/**
 * An activity took place, with who took part: registered people and staff by id, partner organisations by id,
 * and head counts of everyone else by category. A correction of the participants publishes it again with a
 * higher {@code revision}; the latest revision of an activity is what happened.
 */
public record ActivityHeld(
        String activityId,
        String officeId,
        ActivityType type,
        List<InterventionArea> areas,
        List<String> languages,
        Instant heldAt,
        int durationMinutes,
        List<String> beneficiaryIds,
        List<String> staffIds,
        List<String> partnerIds,
        List<ParticipantCount> anonymousParticipants,
        int revision,
        String recordedBy,
        Instant recordedAt) implements ActivityEvent {

    public ActivityHeld {
        present(activityId, "activityId");
        present(officeId, "officeId");
        present(type, "type");
        areas = nonEmpty(areas, "areas");
        languages = listOf(languages);
        present(heldAt, "heldAt");
        positive(durationMinutes, "durationMinutes");
        beneficiaryIds = listOf(beneficiaryIds);
        staffIds = listOf(staffIds);
        partnerIds = listOf(partnerIds);
        anonymousParticipants = listOf(anonymousParticipants);
        positive(revision, "revision");
        present(recordedBy, "recordedBy");
        present(recordedAt, "recordedAt");
    }

    /** Everyone who took part: registered people, staff and the anonymous head counts. */
    public int participants() {
        return beneficiaryIds.size() + staffIds.size() + anonymousParticipants.stream().mapToInt(ParticipantCount::count).sum();
    }
}
