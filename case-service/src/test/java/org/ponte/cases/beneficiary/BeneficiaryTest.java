package org.ponte.cases.beneficiary;

import org.junit.jupiter.api.Test;
import org.ponte.cases.TestPeople;
import org.ponte.events.cases.BeneficiaryRegistered;
import org.ponte.events.cases.Consent;
import org.ponte.events.cases.ConsentChanged;
import org.ponte.events.vocabulary.AgeBand;
import org.ponte.platform.domain.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ponte.cases.TestPeople.NOW;

class BeneficiaryTest {

    @Test
    void registeringPublishesCategoriesAndConsentButNoPersonalData() {
        Beneficiary maria = TestPeople.consentingPersonOf("lisboa");

        assertThat(maria.newEvents()).singleElement().isInstanceOfSatisfying(BeneficiaryRegistered.class, event -> {
            assertThat(event.profile().ageBand()).isEqualTo(AgeBand.FROM_35_TO_44);
            assertThat(event.consent()).isEqualTo(new Consent(true, true));
            // Whole values, not fragments: a random id once contained "912" and failed CI.
            PersonalData personal = TestPeople.maria();
            assertThat(event.toString()).doesNotContain(personal.fullName(), personal.phone(), personal.email(),
                    personal.dateOfBirth().toString(), "Maria");
        });
    }

    @Test
    void nobodyIsRegisteredWithoutConsentToProcessing() {
        assertThatThrownBy(() -> Beneficiary.register("b-1", "lisboa", TestPeople.maria(), new Consent(false, false), "ana", NOW))
                .isInstanceOfSatisfying(DomainException.class, problem -> assertThat(problem.reason()).isEqualTo("consent-required"));
    }

    @Test
    void withdrawingConsentToShareIsAnEventAndGivingTheSameConsentIsNot() {
        Beneficiary maria = TestPeople.consentingPersonOf("lisboa");

        maria.changeConsent(new Consent(true, true), "ana", NOW);
        maria.changeConsent(new Consent(true, false), "ana", NOW);

        assertThat(maria.newEvents()).hasSize(2).last().isInstanceOf(ConsentChanged.class);
        assertThat(maria.consentsToSharingWithPartners()).isFalse();
    }

    @Test
    void namesCompareWithoutAccentsCaseOrSpacing() {
        assertThat(PersonName.key("  José   GONÇALVES-Silva ")).isEqualTo(PersonName.key("jose goncalves silva"));
    }
}
