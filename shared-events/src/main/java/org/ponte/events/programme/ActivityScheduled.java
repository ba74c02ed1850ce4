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
 * An office scheduled an activity, or changed it while it was still scheduled (the latest event of an activity
 * says what is planned). {@code durationMinutes} is the total of all its sessions; {@code languages} are ISO
 * 639-1 codes. Its title and place stay in programme-service.
 */
public record ActivityScheduled(
        String activityId,
        String officeId,
        ActivityType type,
        List<InterventionArea> areas,
        List<String> languages,
        Instant startsAt,
        int sessions,
        int durationMinutes,
        List<String> partnerIds,
        String scheduledBy,
        Instant scheduledAt) implements ActivityEvent {

    public ActivityScheduled {
        present(activityId, "activityId");
        present(officeId, "officeId");
        present(type, "type");
        areas = nonEmpty(areas, "areas");
        languages = listOf(languages);
        present(startsAt, "startsAt");
        positive(sessions, "sessions");
        positive(durationMinutes, "durationMinutes");
        partnerIds = listOf(partnerIds);
        present(scheduledBy, "scheduledBy");
        present(scheduledAt, "scheduledAt");
    }
}
