package org.ponte.programme.activity;

import org.ponte.events.vocabulary.ActivityType;
import org.ponte.events.vocabulary.InterventionArea;
import org.ponte.events.vocabulary.ParticipantCategory;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An activity as the API shows it. Who took part by id is shown to the office's technicians; a manager sees
 * the counts.
 */
record ActivityView(String id, String officeId, ActivityType type, String title, List<InterventionArea> areas, List<String> languages,
                    String place, Instant startsAt, Instant endsAt, int durationMinutes, List<Session> sessions, List<String> partnerIds,
                    ActivityStatus status, Instant heldAt, Integer heldMinutes, ParticipantsView participants, int revision,
                    String scheduledBy, Instant cancelledAt) {

    record ParticipantsView(List<String> beneficiaryIds, int registered, List<String> staffIds, List<String> partnerIds,
                            Map<ParticipantCategory, Integer> anonymousParticipants, int total) {
    }

    static ActivityView of(Activity activity, boolean showWho) {
        Session last = activity.sessions().get(activity.sessions().size() - 1);
        Participants who = activity.participants();
        ParticipantsView participants = who == null ? null : new ParticipantsView(showWho ? who.beneficiaryIds() : null,
                who.beneficiaryIds().size(), showWho ? who.staffIds() : null, who.partnerIds(), who.anonymous(), who.total());
        return new ActivityView(activity.id(), activity.officeId(), activity.type(), activity.title(), activity.areas(),
                activity.languages(), activity.place(), activity.startsAt(), last.startsAt().plusSeconds(60L * last.durationMinutes()),
                activity.totalPlannedMinutes(), activity.sessions(), activity.coOrganisers(), activity.status(), activity.heldAt(),
                activity.heldMinutes(), participants, activity.revision(), activity.scheduledBy(), activity.cancelledAt());
    }
}
