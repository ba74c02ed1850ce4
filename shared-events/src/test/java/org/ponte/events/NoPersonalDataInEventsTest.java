package org.ponte.events;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ponte.events.cases.Consent;
import org.ponte.events.vocabulary.Sex;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Events carry ids and categories, never a direct identifier of a person (shared-events README, "No personal data in events"). */
class NoPersonalDataInEventsTest {

    @ParameterizedTest
    @EnumSource(EventType.class)
    void noFieldOfTheEventCouldCarryADirectPersonalIdentifier(EventType type) {
        boolean organisationData = type.topic().equals(Topics.PARTNER_DIRECTORY);

        assertThat(PersonalDataInspector.violations(type.recordType(), organisationData)).isEmpty();
    }

    // The inspector itself must catch what it is there for, or the test above proves nothing.

    record WithName(String beneficiaryId, String fullName) {
    }

    record WithContacts(String caseId, List<Contact> contacts) {
    }

    record Contact(String phone, String email) {
    }

    record WithFreeText(String attendanceId, String outcomeDetails, Sex sex) {
    }

    record WithBirthDate(String beneficiaryId, LocalDate bornOn) {
    }

    record WithAnything(String caseId, Map<String, Object> extra) {
    }

    record WithOrganisationName(String caseId, @OrganisationData String name) {
    }

    record Clean(String caseId, String caseNumber, List<String> languages, Consent consent, Sex sex, int durationMinutes,
                 Instant occurredAt, String openedBy) {
    }

    @Test
    void namesOfPeopleAreCaught() {
        assertThat(PersonalDataInspector.violations(WithName.class, false)).singleElement().asString()
                .contains("WithName.fullName");
    }

    @Test
    void contactsInNestedRecordsAreCaught() {
        assertThat(PersonalDataInspector.violations(WithContacts.class, false))
                .containsExactly("WithContacts.contacts[].phone: the name says it holds personal data",
                        "WithContacts.contacts[].email: the name says it holds personal data");
    }

    @Test
    void freeStringsAreCaughtWhateverTheirName() {
        assertThat(PersonalDataInspector.violations(WithFreeText.class, false)).singleElement().asString()
                .contains("WithFreeText.outcomeDetails").contains("free string");
    }

    @Test
    void datesOfBirthAndOpenMapsAreCaught() {
        assertThat(PersonalDataInspector.violations(WithBirthDate.class, false)).hasSize(1);
        assertThat(PersonalDataInspector.violations(WithAnything.class, false)).singleElement().asString()
                .contains("is not a category");
    }

    @Test
    void organisationDataPassesOnlyWhereItIsAllowed() {
        assertThat(PersonalDataInspector.violations(WithOrganisationName.class, true)).isEmpty();
        assertThat(PersonalDataInspector.violations(WithOrganisationName.class, false)).hasSize(1);
    }

    @Test
    void idsCodesAndCategoriesPass() {
        assertThat(PersonalDataInspector.violations(Clean.class, false)).isEmpty();
    }
}
