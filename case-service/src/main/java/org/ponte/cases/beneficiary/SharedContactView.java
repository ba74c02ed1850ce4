package org.ponte.cases.beneficiary;

/** What a partner sees of a person it was referred, and only while the person consents to sharing. */
record SharedContactView(String id, String fullName, String preferredLanguage, String phone, String email) {

    static SharedContactView of(Beneficiary beneficiary) {
        PersonalData data = beneficiary.personalData();
        return new SharedContactView(beneficiary.id(), data.fullName(), data.preferredLanguage(), data.phone(), data.email());
    }
}
