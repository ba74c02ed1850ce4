package org.ponte.cases.beneficiary;

/** Where and in which language a person who consented to be contacted gets their reminders. */
record ReminderContact(String beneficiaryId, String email, String preferredLanguage) {
}
