package org.ponte.cases.beneficiary;

import org.ponte.events.cases.Consent;
import org.ponte.events.vocabulary.Sex;

import java.time.Instant;
import java.time.LocalDate;

/** A person's whole record, for the technicians of their office. */
record BeneficiaryView(
        String id,
        String officeId,
        String fullName,
        LocalDate dateOfBirth,
        Sex sex,
        String nationality,
        String preferredLanguage,
        String phone,
        String email,
        Consent consent,
        String registeredBy,
        Instant registeredAt,
        Long version) {

    static BeneficiaryView of(Beneficiary beneficiary) {
        PersonalData data = beneficiary.personalData();
        return new BeneficiaryView(beneficiary.id(), beneficiary.officeId(), data.fullName(), data.dateOfBirth(), data.sex(),
                data.nationality(), data.preferredLanguage(), data.phone(), data.email(), beneficiary.consent(),
                beneficiary.registeredBy(), beneficiary.registeredAt(), beneficiary.version());
    }
}
