package org.ponte.cases.legalstatus;

import org.ponte.cases.casework.Case;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Warns of what falls due: each current status at the office's warning steps before it expires, each appointment
 * the day before. What was warned of is part of the timeline or the appointment, saved with the version check and
 * with the event in one write, so two runs, two instances or a restart publish each warning once.
 */
@Component
public class DeadlineCheck {

    private static final Logger log = LoggerFactory.getLogger(DeadlineCheck.class);

    private final LegalStatusTimelines timelines;
    private final Appointments appointments;
    private final LegalStatusService service;
    private final DeadlineProperties properties;
    private final Clock clock;

    DeadlineCheck(LegalStatusTimelines timelines, Appointments appointments, LegalStatusService service, DeadlineProperties properties,
                  Clock clock) {
        this.timelines = timelines;
        this.appointments = appointments;
        this.service = service;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${ponte.cases.deadlines.check:60s}", initialDelayString = "${ponte.cases.deadlines.check:60s}")
    void scheduled() {
        warn(Instant.now(clock));
    }

    /** Publishes the warnings due at {@code now}; returns how many. */
    public int warn(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, properties.timeZone());
        int warned = 0;
        for (LegalStatusTimeline timeline : timelines.findByLatestValidUntilBetween(today.minusDays(1),
                today.plusDays(properties.longestWarning() + 1))) {
            Optional<Case> aCase = service.caseOf(timeline.beneficiaryId());
            if (timeline.warnOfExpiry(properties.warningDaysOf(timeline.officeId()), today, aCase.map(Case::id).orElse(null),
                    aCase.map(Case::caseNumber).orElse(null), now)) {
                warned += saved(() -> timelines.save(timeline), "timeline of " + timeline.beneficiaryId());
            }
        }
        for (Appointment appointment : appointments.findByOutcomeIsNullAndRemindedFalseAndAtBetween(now, now.plus(Duration.ofDays(2)))) {
            Optional<Case> aCase = service.caseOf(appointment.beneficiaryId());
            if (appointment.remind(properties.timeZone(), aCase.map(Case::id).orElse(null), aCase.map(Case::caseNumber).orElse(null), now)) {
                warned += saved(() -> appointments.save(appointment), "appointment " + appointment.id());
            }
        }
        return warned;
    }

    private static int saved(Runnable save, String what) {
        try {
            save.run();
            return 1;
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            log.debug("{} changed while being warned of; the next run looks again", what);
            return 0;
        }
    }
}
