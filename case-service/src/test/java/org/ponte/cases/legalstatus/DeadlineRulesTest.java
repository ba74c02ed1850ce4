package org.ponte.cases.legalstatus;

import org.junit.jupiter.api.Test;
import org.ponte.events.cases.DeadlineApproaching;
import org.ponte.events.vocabulary.Agency;
import org.ponte.events.vocabulary.AppointmentOutcome;
import org.ponte.events.vocabulary.LegalStatusCategory;
import org.ponte.platform.domain.Conflict;
import org.ponte.platform.domain.RuleViolated;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The timeline's and the appointment's own rules, with a clock of their own: whatever today is. */
class DeadlineRulesTest {

    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final Instant NOW = TODAY.atTime(9, 0).atZone(LISBON).toInstant();

    @Test
    void theCurrentStatusIsTheOneInForceThatStartedLastAndHistoryKeepsEveryEntry() {
        LegalStatusTimeline timeline = LegalStatusTimeline.of("b-1", "lisboa");
        timeline.record(entry("old", LegalStatusCategory.MANIFESTATION_OF_INTEREST, TODAY.minusYears(2), null), NOW);
        timeline.record(entry("permit", LegalStatusCategory.RESIDENCE_PERMIT, TODAY.minusYears(1), TODAY.plusYears(1)), NOW);
        timeline.record(entry("future", LegalStatusCategory.RESIDENCE_PERMIT_RENEWAL_PENDING, TODAY.plusYears(1), null), NOW);

        assertThat(timeline.current(TODAY)).get().extracting(LegalStatusEntry::id).isEqualTo("permit");
        assertThat(timeline.history()).extracting(LegalStatusEntry::id).containsExactly("future", "permit", "old");
        assertThatThrownBy(() -> timeline.record(entry("x", LegalStatusCategory.VISA, TODAY, TODAY.minusDays(1)), NOW))
                .isInstanceOf(RuleViolated.class).hasMessageContaining("end before it starts");
    }

    @Test
    void aStatusEndingInTenDaysIsWarnedOfOnceAtItsFifteenDayStepAndNeverAgain() {
        LegalStatusTimeline timeline = LegalStatusTimeline.of("b-1", "lisboa");
        timeline.record(entry("permit", LegalStatusCategory.RESIDENCE_PERMIT, TODAY.minusYears(1), TODAY.plusDays(10)), NOW);

        assertThat(timeline.warnOfExpiry(List.of(60, 15), TODAY, "c-1", "LIS-2026-000001", NOW)).isTrue();
        assertThat(timeline.warnOfExpiry(List.of(60, 15), TODAY.plusDays(1), "c-1", "LIS-2026-000001", NOW)).isFalse();

        assertThat(warnings(timeline)).singleElement().satisfies(warning -> {
            assertThat(warning.warningDays()).isEqualTo(15);
            assertThat(warning.daysLeft()).isEqualTo(10);
            assertThat(warning.dueOn()).isEqualTo(TODAY.plusDays(10));
            assertThat(warning.caseNumber()).isEqualTo("LIS-2026-000001");
        });
    }

    @Test
    void eachStepIsWarnedOfWhenItComes() {
        LegalStatusTimeline timeline = LegalStatusTimeline.of("b-1", "lisboa");
        timeline.record(entry("permit", LegalStatusCategory.RESIDENCE_PERMIT, TODAY.minusYears(1), TODAY.plusDays(100)), NOW);

        assertThat(timeline.warnOfExpiry(List.of(60, 15), TODAY, null, null, NOW)).as("100 days before").isFalse();
        assertThat(timeline.warnOfExpiry(List.of(60, 15), TODAY.plusDays(40), null, null, NOW)).as("60 days before").isTrue();
        assertThat(timeline.warnOfExpiry(List.of(60, 15), TODAY.plusDays(50), null, null, NOW)).isFalse();
        assertThat(timeline.warnOfExpiry(List.of(60, 15), TODAY.plusDays(85), null, null, NOW)).as("15 days before").isTrue();
        assertThat(warnings(timeline)).extracting(DeadlineApproaching::warningDays).containsExactly(60, 15);
    }

    @Test
    void anAppointmentIsRemindedOfTheDayBeforeOnceAndItsOutcomeComesWhenItsTimeHas() {
        Instant tomorrow = NOW.plusSeconds(26 * 3600);
        Appointment appointment = Appointment.schedule("a-1", "b-1", "lisboa", Agency.AIMA, "Biometria", tomorrow, "Loja do Cidadão", "t", NOW);

        assertThat(appointment.remind(LISBON, "c-1", "LIS-1", NOW.minusSeconds(3 * 86400))).as("three days before").isFalse();
        assertThat(appointment.remind(LISBON, "c-1", "LIS-1", NOW)).isTrue();
        assertThat(appointment.remind(LISBON, "c-1", "LIS-1", NOW.plusSeconds(60))).isFalse();
        assertThatThrownBy(() -> appointment.recordOutcome(AppointmentOutcome.ATTENDED, null, "t", NOW))
                .isInstanceOf(RuleViolated.class).hasMessageContaining("still to come");

        appointment.recordOutcome(AppointmentOutcome.RESCHEDULED, "A AIMA remarcou", "t", NOW);

        assertThatThrownBy(() -> appointment.recordOutcome(AppointmentOutcome.CANCELLED, null, "t", NOW)).isInstanceOf(Conflict.class);
    }

    private static List<DeadlineApproaching> warnings(LegalStatusTimeline timeline) {
        return timeline.newEvents().stream().filter(DeadlineApproaching.class::isInstance).map(DeadlineApproaching.class::cast).toList();
    }

    private static LegalStatusEntry entry(String id, LegalStatusCategory category, LocalDate from, LocalDate until) {
        return new LegalStatusEntry(id, category, from, until, "AR-123", "nota", "t", NOW);
    }
}
