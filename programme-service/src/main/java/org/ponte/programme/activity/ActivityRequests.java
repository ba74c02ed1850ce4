package org.ponte.programme.activity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.ponte.events.vocabulary.ActivityType;
import org.ponte.events.vocabulary.InterventionArea;
import org.ponte.events.vocabulary.ParticipantCategory;
import org.ponte.platform.domain.RuleViolated;
import org.ponte.platform.security.StaffIds;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What technicians send about activities. */
final class ActivityRequests {

    /** A week: anything longer is a programme of sessions. */
    static final int LONGEST_SESSION_MINUTES = 7 * 24 * 60;

    private ActivityRequests() {
    }

    /**
     * An activity as planned: one session ({@code startsAt} with {@code durationMinutes} or {@code endsAt}), or the
     * {@code sessions} of a programme of several.
     */
    record Schedule(@NotBlank @Size(max = 64) String officeId, @NotNull ActivityType type, @NotBlank @Size(max = 200) String title,
                    @NotEmpty @Size(max = 20) List<@NotNull InterventionArea> areas,
                    @Size(max = 10) List<@NotNull @Pattern(regexp = "[a-z]{2}", message = "must be an ISO 639-1 code") String> languages,
                    @Size(max = 200) String place, Instant startsAt,
                    @Positive @Max(LONGEST_SESSION_MINUTES) Integer durationMinutes, Instant endsAt,
                    @Size(max = 60) List<@NotNull @Valid SessionRequest> sessions,
                    @Size(max = 20) List<@NotBlank @Size(max = 100) String> partnerIds) {

        Activity.Plan plan() {
            return new Activity.Plan(type, title.strip(), areas, languages, place == null ? null : place.strip(), sessionList(), partnerIds);
        }

        private List<Session> sessionList() {
            if (sessions != null && !sessions.isEmpty()) {
                return sessions.stream().map(session -> new Session(session.startsAt(), session.durationMinutes())).toList();
            }
            if (startsAt == null) {
                throw new RuleViolated("start-required", "startsAt", "Say when the activity starts, or list its sessions.");
            }
            if (endsAt != null && !endsAt.isAfter(startsAt)) {
                throw new RuleViolated("ends-before-start", "endsAt", "The activity must end after it starts.");
            }
            Integer minutes = durationMinutes;
            if (endsAt != null) {
                long untilEnd = Duration.between(startsAt, endsAt).toMinutes();
                if (minutes != null && minutes != untilEnd) {
                    throw new RuleViolated("duration-mismatch", "durationMinutes", "Give a duration or an end, or two that agree.");
                }
                if (untilEnd > LONGEST_SESSION_MINUTES) {
                    throw new RuleViolated("too-long", "endsAt", "A session lasts at most a week; list the sessions of a longer programme.");
                }
                minutes = (int) untilEnd;
            }
            if (minutes == null) {
                throw new RuleViolated("duration-required", "durationMinutes", "Say how long the activity lasts, or when it ends.");
            }
            return List.of(new Session(startsAt, minutes));
        }
    }

    record SessionRequest(@NotNull Instant startsAt, @NotNull @Positive @Max(LONGEST_SESSION_MINUTES) Integer durationMinutes) {
    }

    /** Who took part, when, and for how long in all (as planned when absent). */
    record Held(@NotNull Instant heldAt, @Positive @Max(60 * LONGEST_SESSION_MINUTES) Integer durationMinutes,
                @Size(max = 1000) List<@NotBlank @Size(max = 64) String> beneficiaryIds,
                @Size(max = 200) List<@NotNull @Pattern(regexp = StaffIds.PATTERN, message = StaffIds.MESSAGE) String> staffIds,
                @Size(max = 50) List<@NotBlank @Size(max = 100) String> partnerIds,
                Map<@NotNull ParticipantCategory, @NotNull @PositiveOrZero @Max(100_000) Integer> anonymousParticipants) {

        Participants participants() {
            return new Participants(beneficiaryIds, staffIds, partnerIds, anonymousParticipants);
        }
    }
}
