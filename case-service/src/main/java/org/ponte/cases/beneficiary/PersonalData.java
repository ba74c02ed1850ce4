package org.ponte.cases.beneficiary;

import org.ponte.events.vocabulary.Sex;

import java.time.LocalDate;

/** What identifies and reaches a person: never leaves case-service except to a partner the person consented to. */
public record PersonalData(
        String fullName,
        LocalDate dateOfBirth,
        Sex sex,
        String nationality,
        String preferredLanguage,
        String phone,
        String email) {
}
