package org.ponte.events;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class EventCatalogueTest {

    @Test
    void everyEventRecordOfTheContractsIsInTheCatalogue() throws Exception {
        List<Class<?>> records = eventRecordsOnDisk();

        assertThat(records).hasSizeGreaterThanOrEqualTo(20)
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(EventType.values()).map(EventType::recordType).toList());
    }

    @Test
    void catalogueHoldsEveryEventOfTheDesign() {
        assertThat(Arrays.stream(EventType.values()).map(EventType::simpleName)).containsExactlyInAnyOrder(
                "BeneficiaryRegistered", "BeneficiaryUpdated", "ConsentChanged", "BeneficiaryErased",
                "CaseOpened", "CaseAssigned", "CaseClosed", "CaseReopened", "AttendanceRecorded", "MentoringSessionHeld",
                "LegalStatusRecorded", "AppointmentScheduled", "AppointmentOutcomeRecorded", "DeadlineApproaching",
                "ReferralRequested", "ReferralAccepted", "ReferralDeclined", "ReferralCompleted", "ReferralCancelled",
                "ReferralOverdue", "PartnerUpserted", "PartnerDeactivated", "OfficeUpserted", "NotificationDelivered", "NotificationFailed",
                "ActivityScheduled", "ActivityHeld", "ActivityCancelled", "ResourcePublished", "ResourceWithdrawn");
    }

    @Test
    void wireNamesAreUniquePerVersionAndNeverAJavaClassName() {
        assertThat(Arrays.stream(EventType.values()).map(type -> type.wireName() + "/" + type.schemaVersion()))
                .doesNotHaveDuplicates();
        assertThat(EventType.values()).allSatisfy(type -> {
            assertThat(type.wireName()).startsWith("org.ponte.").isNotEqualTo(type.recordType().getName());
            assertThat(type.schemaVersion()).isEqualTo(1);
            assertThat(Topics.ALL).contains(type.topic());
        });
    }

    @Test
    void eventsOfATopicShareItsMarkerInterface() {
        assertThat(EventType.values()).allSatisfy(type -> {
            Class<?> marker = switch (type.topic()) {
                case Topics.CASE_EVENTS -> org.ponte.events.cases.CaseEvent.class;
                case Topics.REFERRAL_EVENTS -> org.ponte.events.referrals.ReferralEvent.class;
                case Topics.PARTNER_DIRECTORY -> org.ponte.events.partners.DirectoryEvent.class;
                case Topics.NOTIFICATION_EVENTS -> org.ponte.events.notifications.NotificationEvent.class;
                case Topics.PROGRAMME_EVENTS -> org.ponte.events.programme.ProgrammeEvent.class;
                default -> throw new AssertionError(type.topic());
            };
            assertThat(marker).isAssignableFrom(type.recordType());
        });
    }

    @Test
    void deadLetterTopicNamesFollowTheDesign() {
        assertThat(Topics.deadLetter(Topics.CASE_EVENTS, "reporting-service")).isEqualTo("case-events.reporting-service.dlq");
    }

    /** The event records compiled into this module, found on disk so that a record left out of the catalogue shows. */
    static List<Class<?>> eventRecordsOnDisk() throws IOException, URISyntaxException {
        Path classes = Path.of(PonteEvent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> classes.relativize(file).toString().replace(".class", "").replace('/', '.'))
                    .map(EventCatalogueTest::load)
                    .filter(type -> type.isRecord() && PonteEvent.class.isAssignableFrom(type))
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
