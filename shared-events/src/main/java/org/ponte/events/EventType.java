package org.ponte.events;

import org.ponte.events.cases.AppointmentOutcomeRecorded;
import org.ponte.events.cases.AppointmentScheduled;
import org.ponte.events.cases.AttendanceRecorded;
import org.ponte.events.cases.BeneficiaryErased;
import org.ponte.events.cases.BeneficiaryRegistered;
import org.ponte.events.cases.BeneficiaryUpdated;
import org.ponte.events.cases.CaseAssigned;
import org.ponte.events.cases.CaseClosed;
import org.ponte.events.cases.CaseOpened;
import org.ponte.events.cases.CaseReopened;
import org.ponte.events.cases.ConsentChanged;
import org.ponte.events.cases.DeadlineApproaching;
import org.ponte.events.cases.LegalStatusRecorded;
import org.ponte.events.cases.MentoringSessionHeld;
import org.ponte.events.notifications.NotificationDelivered;
import org.ponte.events.notifications.NotificationFailed;
import org.ponte.events.partners.PartnerDeactivated;
import org.ponte.events.partners.OfficeUpserted;
import org.ponte.events.partners.PartnerUpserted;
import org.ponte.events.programme.ActivityCancelled;
import org.ponte.events.programme.ActivityHeld;
import org.ponte.events.programme.ActivityScheduled;
import org.ponte.events.programme.ResourcePublished;
import org.ponte.events.programme.ResourceWithdrawn;
import org.ponte.events.referrals.ReferralAccepted;
import org.ponte.events.referrals.ReferralCancelled;
import org.ponte.events.referrals.ReferralCompleted;
import org.ponte.events.referrals.ReferralDeclined;
import org.ponte.events.referrals.ReferralOverdue;
import org.ponte.events.referrals.ReferralRequested;

import java.util.Arrays;
import java.util.Optional;

/**
 * The event catalogue: every event type with its stable wire name (the CloudEvents {@code type}), schema
 * version, topic and record. The wire name never mentions a Java class, so records can move freely; a
 * breaking change is a new constant with the next version, published beside the old one for a while.
 */
public enum EventType {

    BENEFICIARY_REGISTERED("org.ponte.case.BeneficiaryRegistered", 1, Topics.CASE_EVENTS, BeneficiaryRegistered.class),
    BENEFICIARY_UPDATED("org.ponte.case.BeneficiaryUpdated", 1, Topics.CASE_EVENTS, BeneficiaryUpdated.class),
    CONSENT_CHANGED("org.ponte.case.ConsentChanged", 1, Topics.CASE_EVENTS, ConsentChanged.class),
    BENEFICIARY_ERASED("org.ponte.case.BeneficiaryErased", 1, Topics.CASE_EVENTS, BeneficiaryErased.class),
    CASE_OPENED("org.ponte.case.CaseOpened", 1, Topics.CASE_EVENTS, CaseOpened.class),
    CASE_ASSIGNED("org.ponte.case.CaseAssigned", 1, Topics.CASE_EVENTS, CaseAssigned.class),
    CASE_CLOSED("org.ponte.case.CaseClosed", 1, Topics.CASE_EVENTS, CaseClosed.class),
    CASE_REOPENED("org.ponte.case.CaseReopened", 1, Topics.CASE_EVENTS, CaseReopened.class),
    ATTENDANCE_RECORDED("org.ponte.case.AttendanceRecorded", 1, Topics.CASE_EVENTS, AttendanceRecorded.class),
    MENTORING_SESSION_HELD("org.ponte.case.MentoringSessionHeld", 1, Topics.CASE_EVENTS, MentoringSessionHeld.class),
    LEGAL_STATUS_RECORDED("org.ponte.case.LegalStatusRecorded", 1, Topics.CASE_EVENTS, LegalStatusRecorded.class),
    APPOINTMENT_SCHEDULED("org.ponte.case.AppointmentScheduled", 1, Topics.CASE_EVENTS, AppointmentScheduled.class),
    APPOINTMENT_OUTCOME_RECORDED("org.ponte.case.AppointmentOutcomeRecorded", 1, Topics.CASE_EVENTS, AppointmentOutcomeRecorded.class),
    DEADLINE_APPROACHING("org.ponte.case.DeadlineApproaching", 1, Topics.CASE_EVENTS, DeadlineApproaching.class),

    REFERRAL_REQUESTED("org.ponte.referral.ReferralRequested", 1, Topics.REFERRAL_EVENTS, ReferralRequested.class),
    REFERRAL_ACCEPTED("org.ponte.referral.ReferralAccepted", 1, Topics.REFERRAL_EVENTS, ReferralAccepted.class),
    REFERRAL_DECLINED("org.ponte.referral.ReferralDeclined", 1, Topics.REFERRAL_EVENTS, ReferralDeclined.class),
    REFERRAL_COMPLETED("org.ponte.referral.ReferralCompleted", 1, Topics.REFERRAL_EVENTS, ReferralCompleted.class),
    REFERRAL_CANCELLED("org.ponte.referral.ReferralCancelled", 1, Topics.REFERRAL_EVENTS, ReferralCancelled.class),
    REFERRAL_OVERDUE("org.ponte.referral.ReferralOverdue", 1, Topics.REFERRAL_EVENTS, ReferralOverdue.class),

    PARTNER_UPSERTED("org.ponte.partner.PartnerUpserted", 1, Topics.PARTNER_DIRECTORY, PartnerUpserted.class),
    PARTNER_DEACTIVATED("org.ponte.partner.PartnerDeactivated", 1, Topics.PARTNER_DIRECTORY, PartnerDeactivated.class),
    OFFICE_UPSERTED("org.ponte.office.OfficeUpserted", 1, Topics.PARTNER_DIRECTORY, OfficeUpserted.class),

    NOTIFICATION_DELIVERED("org.ponte.notification.NotificationDelivered", 1, Topics.NOTIFICATION_EVENTS, NotificationDelivered.class),
    NOTIFICATION_FAILED("org.ponte.notification.NotificationFailed", 1, Topics.NOTIFICATION_EVENTS, NotificationFailed.class),

    ACTIVITY_SCHEDULED("org.ponte.programme.ActivityScheduled", 1, Topics.PROGRAMME_EVENTS, ActivityScheduled.class),
    ACTIVITY_HELD("org.ponte.programme.ActivityHeld", 1, Topics.PROGRAMME_EVENTS, ActivityHeld.class),
    ACTIVITY_CANCELLED("org.ponte.programme.ActivityCancelled", 1, Topics.PROGRAMME_EVENTS, ActivityCancelled.class),
    RESOURCE_PUBLISHED("org.ponte.programme.ResourcePublished", 1, Topics.PROGRAMME_EVENTS, ResourcePublished.class),
    RESOURCE_WITHDRAWN("org.ponte.programme.ResourceWithdrawn", 1, Topics.PROGRAMME_EVENTS, ResourceWithdrawn.class);

    private final String wireName;
    private final int schemaVersion;
    private final String topic;
    private final Class<? extends PonteEvent> recordType;
    private final String simpleName;

    EventType(String wireName, int schemaVersion, String topic, Class<? extends PonteEvent> recordType) {
        this.wireName = wireName;
        this.schemaVersion = schemaVersion;
        this.topic = topic;
        this.recordType = recordType;
        this.simpleName = wireName.substring(wireName.lastIndexOf('.') + 1);
    }

    /** The CloudEvents {@code type}: a stable string such as {@code org.ponte.case.AttendanceRecorded}. */
    public String wireName() {
        return wireName;
    }

    public int schemaVersion() {
        return schemaVersion;
    }

    public String topic() {
        return topic;
    }

    public Class<? extends PonteEvent> recordType() {
        return recordType;
    }

    /** The short name of the event, as the catalogue in the shared-events README spells it ({@code AttendanceRecorded}). */
    public String simpleName() {
        return simpleName;
    }

    /** The type with this wire name and version, or empty for one this build does not know. */
    public static Optional<EventType> find(String wireName, int schemaVersion) {
        return Arrays.stream(values())
                .filter(type -> type.wireName.equals(wireName) && type.schemaVersion == schemaVersion)
                .findFirst();
    }

    /** The type of an event record; every {@link PonteEvent} record is in the catalogue. */
    public static EventType of(PonteEvent event) {
        return Arrays.stream(values())
                .filter(type -> type.recordType == event.getClass())
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(event.getClass().getName() + " is not in the event catalogue"));
    }
}
