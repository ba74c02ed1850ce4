package org.ponte.cases.mentoring;

import org.junit.jupiter.api.Test;
import org.ponte.cases.casework.Case;
import org.ponte.events.cases.MentoringSessionHeld;
import org.ponte.events.vocabulary.InterventionArea;
import org.ponte.events.vocabulary.MentoringKind;
import org.ponte.platform.domain.DomainException;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ponte.cases.TestPeople.NOW;
import static org.ponte.cases.TestPeople.consentingPersonOf;
import static org.ponte.cases.casework.CaseTestAccess.closedCaseOf;
import static org.ponte.cases.casework.CaseTestAccess.openCaseOf;

class MentoringSessionTest {

    @Test
    void aGroupSessionOnOpenCasesOfTheOfficePublishesWhoTookPartByCase() {
        Case first = openCaseOf(consentingPersonOf("lisboa"));
        Case second = openCaseOf(consentingPersonOf("lisboa"));

        MentoringSession session = hold(MentoringKind.GROUP, List.of(first, second));

        assertThat(session.newEvents()).singleElement().isInstanceOfSatisfying(MentoringSessionHeld.class, held -> {
            assertThat(held.participants()).extracting("caseId").containsExactly(first.id(), second.id());
            assertThat(held.participants()).extracting("beneficiaryId").containsExactly(first.beneficiaryId(), second.beneficiaryId());
        });
    }

    @Test
    void noSessionOnAClosedCase() {
        assertThatThrownBy(() -> hold(MentoringKind.INDIVIDUAL, List.of(closedCaseOf(consentingPersonOf("lisboa")))))
                .isInstanceOfSatisfying(DomainException.class, problem -> assertThat(problem.reason()).isEqualTo("case-not-eligible"));
    }

    @Test
    void noSessionWithACaseOfAnotherOffice() {
        List<Case> mixed = List.of(openCaseOf(consentingPersonOf("lisboa")), openCaseOf(consentingPersonOf("porto")));

        assertThatThrownBy(() -> hold(MentoringKind.GROUP, mixed))
                .isInstanceOfSatisfying(DomainException.class, problem -> assertThat(problem.reason()).isEqualTo("case-not-eligible"));
    }

    @Test
    void anIndividualSessionIsWithOneCaseAndAGroupWithTwoOrMore() {
        Case one = openCaseOf(consentingPersonOf("lisboa"));
        Case other = openCaseOf(consentingPersonOf("lisboa"));

        assertThatThrownBy(() -> hold(MentoringKind.INDIVIDUAL, List.of(one, other)))
                .isInstanceOfSatisfying(DomainException.class, problem -> assertThat(problem.reason()).isEqualTo("individual-needs-one-case"));
        assertThatThrownBy(() -> hold(MentoringKind.GROUP, List.of(one)))
                .isInstanceOfSatisfying(DomainException.class, problem -> assertThat(problem.reason()).isEqualTo("group-size"));
    }

    private static MentoringSession hold(MentoringKind kind, List<Case> cases) {
        return MentoringSession.hold("m-1", "lisboa", kind, cases, InterventionArea.LANGUAGE, NOW.minus(Duration.ofHours(2)), 60,
                "Português para o dia a dia", "mentor", NOW);
    }
}
