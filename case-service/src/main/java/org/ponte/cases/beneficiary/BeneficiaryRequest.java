package org.ponte.cases.beneficiary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.ponte.events.cases.Consent;
import org.ponte.events.vocabulary.Sex;

import java.time.LocalDate;

/**
 * A person's record as a technician fills it in. {@code officeId} defaults to the technician's office;
 * {@code confirmedNotDuplicate} is set after the technician checked the possible duplicates the service
 * answered with and found them to be other people.
 */
record BeneficiaryRequest(
        @NotBlank @Size(max = 200) String fullName,
        @NotNull @Past LocalDate dateOfBirth,
        @NotNull Sex sex,
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as BR") String nationality,
        @Pattern(regexp = "[a-z]{2}", message = "must be an ISO 639-1 code such as pt") String preferredLanguage,
        @Size(max = 30) @Pattern(regexp = "\\+?[0-9 ()-]{6,30}", message = "must be a phone number") String phone,
        @Email @Size(max = 200) String email,
        @Size(max = 60) String officeId,
        @NotNull @Valid ConsentRequest consent,
        Boolean confirmedNotDuplicate) {

    boolean confirmedAsAnotherPerson() {
        return Boolean.TRUE.equals(confirmedNotDuplicate);
    }

    PersonalData personalData() {
        return new PersonalData(fullName.trim(), dateOfBirth, sex, nationality, preferredLanguage, phone, email);
    }

    /** {@code contactByMessage}, to be reminded by e-mail or SMS in the preferred language, is false unless given. */
    record ConsentRequest(@NotNull Boolean dataProcessing, @NotNull Boolean shareWithPartners, Boolean contactByMessage) {

        Consent consent() {
            return new Consent(dataProcessing, shareWithPartners, Boolean.TRUE.equals(contactByMessage));
        }
    }
}
