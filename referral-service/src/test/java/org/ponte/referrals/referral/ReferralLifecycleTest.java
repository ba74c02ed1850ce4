package org.ponte.referrals.referral;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ponte.events.referrals.ReferralAccepted;
import org.ponte.events.referrals.ReferralCancelled;
import org.ponte.events.referrals.ReferralCompleted;
import org.ponte.events.referrals.ReferralDeclined;
import org.ponte.events.referrals.ReferralOverdue;
import org.ponte.events.referrals.ReferralRequested;
import org.ponte.events.vocabulary.CancellationReason;
import org.ponte.events.vocabulary.CompletionOutcome;
import org.ponte.events.vocabulary.DeclineReason;
import org.ponte.events.vocabulary.InterventionArea;
import org.ponte.events.vocabulary.ReferralPriority;
import org.ponte.events.vocabulary.ReferralStatus;
import org.ponte.platform.domain.Conflict;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every transition of the lifecycle, allowed and refused. */
class ReferralLifecycleTest {

    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    /** Each action, and the one event it publishes. */
    static final Map<String, Consumer<Referral>> ACTIONS = Map.of(
            "accept", r -> r.accept("partner-user", NOW, "we will call her"),
            "decline", r -> r.decline("partner-user", NOW, DeclineReason.NO_CAPACITY, "full until March"),
            "complete", r -> r.complete("partner-user", NOW, CompletionOutcome.SERVICE_PROVIDED, "enrolled"),
            "cancel", r -> r.cancel("technician", NOW, CancellationReason.RECALLED_BY_OFFICE, "person moved"));

    static Stream<Arguments> transitions() {
        return Stream.of(
                Arguments.of(ReferralStatus.PENDING, "accept", ReferralStatus.ACCEPTED),
                Arguments.of(ReferralStatus.PENDING, "decline", ReferralStatus.DECLINED),
                Arguments.of(ReferralStatus.PENDING, "complete", null),
                Arguments.of(ReferralStatus.PENDING, "cancel", ReferralStatus.CANCELLED),
                Arguments.of(ReferralStatus.ACCEPTED, "accept", null),
                Arguments.of(ReferralStatus.ACCEPTED, "decline", null),
                Arguments.of(ReferralStatus.ACCEPTED, "complete", ReferralStatus.COMPLETED),
                Arguments.of(ReferralStatus.ACCEPTED, "cancel", ReferralStatus.CANCELLED),
                Arguments.of(ReferralStatus.DECLINED, "accept", null),
                Arguments.of(ReferralStatus.DECLINED, "decline", null),
                Arguments.of(ReferralStatus.DECLINED, "complete", null),
                Arguments.of(ReferralStatus.DECLINED, "cancel", null),
                Arguments.of(ReferralStatus.COMPLETED, "accept", null),
                Arguments.of(ReferralStatus.COMPLETED, "decline", null),
                Arguments.of(ReferralStatus.COMPLETED, "complete", null),
                Arguments.of(ReferralStatus.COMPLETED, "cancel", null),
                Arguments.of(ReferralStatus.CANCELLED, "accept", null),
                Arguments.of(ReferralStatus.CANCELLED, "decline", null),
                Arguments.of(ReferralStatus.CANCELLED, "complete", null),
                Arguments.of(ReferralStatus.CANCELLED, "cancel", null));
    }

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @MethodSource("transitions")
    void onlyTheLifecycleTransitionsAreAllowed(ReferralStatus from, String action, ReferralStatus expected) {
        Referral referral = referralIn(from);
        int eventsBefore = referral.newEvents().size();
        int historyBefore = referral.history().size();

        if (expected == null) {
            assertThatThrownBy(() -> ACTIONS.get(action).accept(referral)).isInstanceOfSatisfying(Conflict.class,
                    conflict -> assertThat(conflict.getMessage()).contains("is " + from));
            assertThat(referral.status()).isEqualTo(from);
            assertThat(referral.newEvents()).hasSize(eventsBefore);
        } else {
            ACTIONS.get(action).accept(referral);
            assertThat(referral.status()).isEqualTo(expected);
            assertThat(referral.newEvents()).hasSize(eventsBefore + 1);
            assertThat(referral.history()).hasSize(historyBefore + 1).last()
                    .satisfies(step -> assertThat(step.status()).isEqualTo(expected))
                    .satisfies(step -> assertThat(step.at()).isEqualTo(NOW));
        }
    }

    @Test
    void eachStepPublishesItsEvent() {
        Referral referral = referralIn(ReferralStatus.PENDING);
        referral.accept("partner-user", NOW, null);
        referral.complete("partner-user", NOW, CompletionOutcome.PARTIALLY_PROVIDED, null);

        assertThat(referral.newEvents()).hasExactlyElementsOfTypes(ReferralRequested.class, ReferralAccepted.class, ReferralCompleted.class);
        assertThat(((ReferralCompleted) referral.newEvents().get(2)).outcome()).isEqualTo(CompletionOutcome.PARTIALLY_PROVIDED);
    }

    @Test
    void aDeclineCarriesItsStructuredReasonAndACancelItsEvent() {
        Referral declined = referralIn(ReferralStatus.PENDING);
        declined.decline("partner-user", NOW, DeclineReason.OUT_OF_AREA, "we serve Sintra only");
        Referral cancelled = referralIn(ReferralStatus.PENDING);
        cancelled.cancel("technician", NOW, CancellationReason.RECALLED_BY_OFFICE, null);

        assertThat(declined.newEvents()).last().isInstanceOfSatisfying(ReferralDeclined.class,
                event -> assertThat(event.reason()).isEqualTo(DeclineReason.OUT_OF_AREA));
        assertThat(declined.history()).last().satisfies(step -> assertThat(step.note()).isEqualTo("we serve Sintra only"));
        assertThat(cancelled.newEvents()).last().isInstanceOfSatisfying(ReferralCancelled.class,
                event -> assertThat(event.reason()).isEqualTo(CancellationReason.RECALLED_BY_OFFICE));
        assertThat(cancelled.history()).last().satisfies(step -> assertThat(step.cancellationReason())
                .isEqualTo(CancellationReason.RECALLED_BY_OFFICE));
    }

    @Test
    void aPendingReferralPastItsDeadlineIsFlaggedOverdueOnce() {
        Referral referral = referralIn(ReferralStatus.PENDING);

        assertThat(referral.flagIfOverdue(NOW.plus(Duration.ofDays(1)))).as("before the deadline").isFalse();
        assertThat(referral.flagIfOverdue(NOW.plus(Duration.ofDays(3)))).isTrue();
        assertThat(referral.flagIfOverdue(NOW.plus(Duration.ofDays(4)))).as("already flagged").isFalse();

        assertThat(referral.overdue()).isTrue();
        assertThat(referral.status()).as("overdue is a flag, not a status").isEqualTo(ReferralStatus.PENDING);
        assertThat(referral.newEvents()).filteredOn(ReferralOverdue.class::isInstance).hasSize(1);
    }

    @Test
    void anAnsweredReferralIsNeverOverdue() {
        Referral referral = referralIn(ReferralStatus.ACCEPTED);

        assertThat(referral.flagIfOverdue(NOW.plus(Duration.ofDays(30)))).isFalse();
    }

    @Test
    void erasureRemovesTheFreeTextButKeepsTheFacts() {
        Referral referral = referralIn(ReferralStatus.PENDING);
        referral.decline("partner-user", NOW, DeclineReason.NOT_ELIGIBLE, "her permit expired");

        referral.eraseFreeText();

        assertThat(referral.reason()).isNull();
        assertThat(referral.history()).allSatisfy(step -> assertThat(step.note()).isNull());
        assertThat(referral.status()).isEqualTo(ReferralStatus.DECLINED);
    }

    static Referral referralIn(ReferralStatus status) {
        Referral referral = Referral.request("r-1", "ENC-2026-000001", new Referral.Request("c-1", "LIS-2026-000001", "b-1", "lisboa",
                "partner-1", null, InterventionArea.HEALTH, ReferralPriority.URGENT, "needs a family doctor",
                NOW.plus(Duration.ofDays(2)), LocalDate.of(2026, 11, 24)), "technician", NOW);
        switch (status) {
            case ACCEPTED -> referral.accept("p", NOW, null);
            case DECLINED -> referral.decline("p", NOW, DeclineReason.OTHER, null);
            case COMPLETED -> {
                referral.accept("p", NOW, null);
                referral.complete("p", NOW, CompletionOutcome.NOT_PROVIDED, null);
            }
            case CANCELLED -> referral.cancel("t", NOW, CancellationReason.CASE_CLOSED, null);
            default -> {
            }
        }
        return referral;
    }
}
