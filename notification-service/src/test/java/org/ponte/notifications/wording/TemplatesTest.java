package org.ponte.notifications.wording;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The words come from the resource bundles, in each language Ponte writes to people in. */
class TemplatesTest {

    private static final Instant AT = Instant.parse("2026-05-12T08:40:00Z");

    private static NotificationContent reminder() {
        return new NotificationContent("APPOINTMENT_REMINDER", null, null, AT, null, "AIMA", false, 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pt", "en", "fr", "es", "ar", "uk"})
    void anAppointmentReminderIsWrittenInEachLanguageWithItsAgencyAndTime(String language) {
        Message message = reminder().in(language);

        assertThat(message.text()).contains("09:40").doesNotContain("%").doesNotContain("APPOINTMENT_REMINDER");
        if (!language.equals("en")) {
            assertThat(message.text()).isNotEqualTo(reminder().in("en").text());
        }
    }

    @Test
    void arabicIsMarkedRightToLeftAndAnUnknownLanguageReadsEnglish() {
        assertThat(reminder().in("ar").subject()).startsWith("\u200F").contains("AIMA").contains("تذكير");
        assertThat(reminder().in("uk").text()).contains("Нагадуємо").contains("12.05.2026");
        assertThat(reminder().in("de").subject()).isEqualTo("Reminder: your appointment with AIMA (the migration agency)");
        assertThat(reminder().in(null).subject()).as("Portuguese when the language is not known").startsWith("Lembrete");
    }

    @Test
    void aPartnersWordsFallBackToEnglishInALanguageThatHasNoneOfItsOwn() {
        NotificationContent referral = new NotificationContent("REFERRAL_REQUESTED", "ENC-2026-000001", null, AT, "http://x/referrals/1");

        assertThat(referral.in("fr").subject()).isEqualTo("New referral ENC-2026-000001");
        assertThat(referral.in("pt").text()).contains("12/05/2026 09:40");
    }
}
