package org.ponte.cases.beneficiary;

import org.ponte.cases.TestPeople;
import org.ponte.events.cases.Consent;

/** Lets aggregate tests of other features put a person in a state only this feature's use cases reach. */
public final class BeneficiaryTestAccess {

    private BeneficiaryTestAccess() {
    }

    public static void changeConsent(Beneficiary person, Consent consent) {
        person.changeConsent(consent, "technician", TestPeople.NOW);
    }
}
