package org.ponte.cases.casework;

import org.junit.jupiter.api.Test;
import org.ponte.cases.TestPeople;
import org.ponte.cases.beneficiary.Beneficiary;
import org.ponte.cases.beneficiary.BeneficiaryTestAccess;
import org.ponte.events.cases.AttendanceRecorded;
import org.ponte.events.cases.CaseAssigned;
import org.ponte.events.cases.CaseClosed;
import org.ponte.events.cases.CaseOpened;
import org.ponte.events.cases.CaseReopened;
import org.ponte.events.cases.Consent;
import org.ponte.events.vocabulary.AttendanceChannel;
import org.ponte.events.vocabulary.CaseClosureReason;
import org.ponte.events.vocabulary.CaseStatus;
import org.ponte.events.vocabulary.InterventionArea;
import org.ponte.platform.domain.Conflict;
import org.ponte.platform.domain.DomainException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ponte.cases.TestPeople.NOW;

class CaseTest {

    private final Beneficiary maria = TestPeople.consentingPersonOf("lisboa");

    @Test
    void openingACasePublishesCaseOpenedWithThePersonsCategoriesOnly() {
        Case opened = open(maria, "technician-lisboa");

        assertThat(opened.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(opened.newEvents()).singleElement().isInstanceOfSatisfying(CaseOpened.class, event -> {
            assertThat(event.caseNumber()).isEqualTo("LIS-2026-000001");
            assertThat(event.profile().nationality()).isEqualTo("BR");
            assertThat(event.assignedTechnicianId()).isEqualTo("technician-lisboa");
        });
    }

    @Test
    void openingACaseForAColleagueAlsoTellsThemItIsAssigned() {
        Case opened = Case.open("c-1", "LIS-2026-000001", maria, "lisboa", "bruno", List.of(InterventionArea.HOUSING), "ana", NOW);

        assertThat(opened.newEvents()).hasSize(2).last().isInstanceOfSatisfying(CaseAssigned.class,
                event -> assertThat(event.assignedTechnicianId()).isEqualTo("bruno"));
    }

    @Test
    void noCaseForAPersonWhoWithdrewConsentToProcessing() {
        Beneficiary withdrawn = TestPeople.consentingPersonOf("lisboa");
        withdrawnConsent(withdrawn);

        assertThatThrownBy(() -> open(withdrawn, "ana")).isInstanceOfSatisfying(DomainException.class,
                problem -> assertThat(problem.reason()).isEqualTo("consent-required"));
    }

    @Test
    void noCaseAtAnotherOfficeThanThePersons() {
        assertThatThrownBy(() -> Case.open("c-1", "POR-2026-000001", maria, "porto", null, List.of(), "carla", NOW))
                .isInstanceOfSatisfying(DomainException.class, problem -> assertThat(problem.reason()).isEqualTo("other-office"));
    }

    @Test
    void attendanceOnAnOpenCasePublishesAttendanceRecordedKeyedByTheCase() {
        Case aCase = open(maria, "ana");

        Attendance attendance = record(aCase, NOW.minus(Duration.ofHours(1)), 45, List.of(InterventionArea.LEGAL_STATUS));

        assertThat(attendance.newEvents()).singleElement().isInstanceOfSatisfying(AttendanceRecorded.class, event -> {
            assertThat(event.aggregateId()).isEqualTo(aCase.id());
            assertThat(event.durationMinutes()).isEqualTo(45);
        });
    }

    @Test
    void noAttendanceOnAClosedCase() {
        Case aCase = open(maria, "ana");
        aCase.close(CaseClosureReason.OBJECTIVES_MET, null, "ana", NOW);

        assertThatThrownBy(() -> record(aCase, NOW, 30, List.of(InterventionArea.HOUSING)))
                .isInstanceOfSatisfying(DomainException.class, problem -> assertThat(problem.reason()).isEqualTo("case-closed"));
    }

    @Test
    void noAttendanceOnceThePersonWithdrewConsentToProcessing() {
        Beneficiary person = TestPeople.consentingPersonOf("lisboa");
        Case aCase = open(person, "ana");
        withdrawnConsent(person);

        assertThatThrownBy(() -> aCase.recordAttendance("a-1", NOW, AttendanceChannel.PHONE, List.of(InterventionArea.HOUSING), 20,
                null, null, "ana", person, NOW))
                .isInstanceOfSatisfying(DomainException.class, problem -> assertThat(problem.reason()).isEqualTo("consent-required"));
    }

    @Test
    void attendanceNeedsAnAreaASensibleDurationAndAPastDate() {
        Case aCase = open(maria, "ana");

        assertThatThrownBy(() -> record(aCase, NOW, 30, List.of())).hasMessageContaining("at least one intervention area");
        assertThatThrownBy(() -> record(aCase, NOW, 0, List.of(InterventionArea.HOUSING))).isInstanceOfSatisfying(DomainException.class,
                problem -> assertThat(problem.details().toString()).contains("durationMinutes"));
        assertThatThrownBy(() -> record(aCase, NOW, CaseRules.MAX_DURATION_MINUTES + 1, List.of(InterventionArea.HOUSING)))
                .hasMessageContaining("between 1 and 480");
        assertThatThrownBy(() -> record(aCase, NOW.plus(Duration.ofHours(1)), 30, List.of(InterventionArea.HOUSING)))
                .isInstanceOfSatisfying(DomainException.class, problem -> assertThat(problem.reason()).isEqualTo("date-in-future"));
    }

    @Test
    void aFewMinutesAheadIsClockDriftNotTheFuture() {
        Case aCase = open(maria, "ana");

        assertThat(record(aCase, NOW.plus(Duration.ofMinutes(3)), 30, List.of(InterventionArea.HOUSING))).isNotNull();
    }

    @Test
    void closedCaseCanBeReopenedButNotClosedAgain() {
        Case aCase = open(maria, "ana");
        aCase.close(CaseClosureReason.PERSON_LEFT_AREA, "moved to Porto", "ana", NOW);

        assertThatThrownBy(() -> aCase.close(CaseClosureReason.OTHER, null, "ana", NOW))
                .isInstanceOf(Conflict.class);
        aCase.reopen("ana", NOW);

        assertThat(aCase.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(aCase.newEvents()).hasAtLeastOneElementOfType(CaseClosed.class).last().isInstanceOf(CaseReopened.class);
        assertThatThrownBy(() -> aCase.reopen("ana", NOW)).hasMessageContaining("only a closed case can be reopened");
    }

    @Test
    void assigningToTheSameTechnicianChangesNothing() {
        Case aCase = open(maria, "ana");
        int before = aCase.newEvents().size();

        aCase.assign("ana", "ana", NOW);

        assertThat(aCase.newEvents()).hasSize(before);
    }

    private static Case open(Beneficiary person, String by) {
        return Case.open("case-" + person.id(), "LIS-2026-000001", person, person.officeId(), null,
                List.of(InterventionArea.LEGAL_STATUS), by, NOW);
    }

    private Attendance record(Case aCase, Instant occurredAt, int minutes, List<InterventionArea> areas) {
        return aCase.recordAttendance("a-1", occurredAt, AttendanceChannel.IN_PERSON, areas, minutes, "talked about papers", null,
                "ana", maria, NOW);
    }

    private static void withdrawnConsent(Beneficiary person) {
        BeneficiaryTestAccess.changeConsent(person, new Consent(false, false));
    }
}
