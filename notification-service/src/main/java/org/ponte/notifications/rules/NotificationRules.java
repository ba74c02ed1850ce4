package org.ponte.notifications.rules;

import org.ponte.events.EventEnvelope;
import org.ponte.platform.messaging.EventHandlers;
import org.ponte.events.cases.BeneficiaryErased;
import org.ponte.events.cases.BeneficiaryRegistered;
import org.ponte.events.cases.CaseAssigned;
import org.ponte.events.cases.ConsentChanged;
import org.ponte.events.cases.DeadlineApproaching;
import org.ponte.events.referrals.ReferralAccepted;
import org.ponte.events.referrals.ReferralCompleted;
import org.ponte.events.referrals.ReferralDeclined;
import org.ponte.events.referrals.ReferralEvent;
import org.ponte.events.referrals.ReferralOverdue;
import org.ponte.events.referrals.ReferralRequested;
import org.ponte.events.vocabulary.DeadlineKind;
import org.ponte.events.vocabulary.NotificationChannel;
import org.ponte.events.vocabulary.RecipientRole;
import org.ponte.notifications.NotificationProperties;
import org.ponte.notifications.delivery.DeliveryService;
import org.ponte.notifications.delivery.DeliveryIds;
import org.ponte.notifications.delivery.Notice;
import org.ponte.notifications.directory.PartnerContact;
import org.ponte.notifications.directory.PartnerContactService;
import org.ponte.notifications.endpoint.WebhookEndpoint;
import org.ponte.notifications.endpoint.WebhookEndpointService;
import org.ponte.notifications.inbox.InboxService;
import org.ponte.notifications.inbox.InboxNotification;
import org.ponte.notifications.person.PersonReminders;
import org.ponte.notifications.wording.NotificationContent;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Who is told what: a requested referral goes to the partner on every channel it has (inbox, e-mail in its
 * language, each enabled webhook); an answer goes to the technician who referred; an overdue referral is a
 * reminder to the partner and a notice to the technician; an assigned case goes to its new technician; what falls due
 * (a status that expires, an appointment tomorrow) goes to the office's technicians by inbox and e-mail, and an
 * appointment tomorrow to the person too, by e-mail in their language, if they consented to be contacted.
 */
@Component
class NotificationRules {

    /** The partner id of a referral to an organisation that is not on the platform. */
    private static final String OFF_PLATFORM = "off-platform:";
    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");

    private final PartnerContactService contacts;
    private final PersonReminders reminders;
    private final WebhookEndpointService endpoints;
    private final InboxService inbox;
    private final DeliveryService deliveries;
    private final NotificationProperties properties;
    private final JsonMapper json;
    private final Clock clock;

    NotificationRules(PartnerContactService contacts, PersonReminders reminders, WebhookEndpointService endpoints, InboxService inbox,
                      DeliveryService deliveries, NotificationProperties properties, JsonMapper json, Clock clock) {
        this.contacts = contacts;
        this.reminders = reminders;
        this.endpoints = endpoints;
        this.inbox = inbox;
        this.deliveries = deliveries;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    /** The events that cause notifications; the others (attendances, cancellations…) are passed over. */
    EventHandlers handlers() {
        return EventHandlers.create()
                .withEnvelope(ReferralRequested.class,
                        (envelope, requested) -> toPartner(envelope, requested, "REFERRAL_REQUESTED", requested.respondBy()))
                .withEnvelope(ReferralOverdue.class, (envelope, overdue) -> {
                    toPartner(envelope, overdue, "REFERRAL_OVERDUE_PARTNER", overdue.respondBy());
                    toTechnician(envelope, overdue, "REFERRAL_OVERDUE_TECHNICIAN", overdue.respondBy());
                })
                .withEnvelope(ReferralAccepted.class, (envelope, accepted) -> toTechnician(envelope, accepted, "REFERRAL_ACCEPTED", null))
                .withEnvelope(ReferralDeclined.class, (envelope, declined) -> toTechnician(envelope, declined, "REFERRAL_DECLINED", null))
                .withEnvelope(ReferralCompleted.class, (envelope, completed) -> toTechnician(envelope, completed, "REFERRAL_COMPLETED", null))
                .withEnvelope(CaseAssigned.class, this::caseAssigned)
                .withEnvelope(DeadlineApproaching.class, this::deadlineApproaching)
                .on(BeneficiaryRegistered.class, registered -> reminders.consent(registered.beneficiaryId(), registered.consent()))
                .on(ConsentChanged.class, changed -> reminders.consent(changed.beneficiaryId(), changed.consent()))
                .on(BeneficiaryErased.class, erased -> reminders.erased(erased.beneficiaryId()));
    }

    private void caseAssigned(EventEnvelope<?> envelope, CaseAssigned assigned) {
        Notice notice = new Notice(envelope.eventId().toString(), envelope.type().wireName(), envelope.occurredAt(),
                RecipientRole.TECHNICIAN, assigned.assignedTechnicianId(), null);
        putInInbox(notice, new NotificationContent("CASE_ASSIGNED", null, null, null, properties.frontendUrl() + "/cases/" + assigned.caseId()));
    }

    /** What falls due at an office goes to its technicians: the office's shared inbox and mailbox. */
    private void deadlineApproaching(EventEnvelope<?> envelope, DeadlineApproaching deadline) {
        Notice notice = new Notice(envelope.eventId().toString(), envelope.type().wireName(), envelope.occurredAt(),
                RecipientRole.TECHNICIAN, InboxService.officeInbox(deadline.officeId()), null);
        boolean expiry = deadline.kind() == DeadlineKind.STATUS_EXPIRY;
        String link = properties.frontendUrl() + (deadline.caseId() == null ? "/deadlines" : "/cases/" + deadline.caseId());
        NotificationContent wording = new NotificationContent(expiry ? "DEADLINE_STATUS_EXPIRY" : "DEADLINE_APPOINTMENT", deadline.caseNumber(),
                null, expiry ? deadline.dueOn().atStartOfDay(LISBON).toInstant() : deadline.at(), link,
                expiry ? String.valueOf(deadline.category()) : String.valueOf(deadline.agency()), expiry, deadline.daysLeft());
        putInInbox(notice, wording);
        deliveries.sendEmailToOffice(notice, wording);
        if (!expiry && reminders.mayRemind(deadline.beneficiaryId())) {
            Notice toPerson = new Notice(envelope.eventId().toString(), envelope.type().wireName(), envelope.occurredAt(),
                    RecipientRole.PERSON, PersonReminders.recipient(deadline.beneficiaryId()), null);
            deliveries.sendEmailToPerson(toPerson, new NotificationContent("APPOINTMENT_REMINDER", null, null, deadline.at(), null,
                    String.valueOf(deadline.agency()), false, deadline.daysLeft()));
        }
    }

    private void toPartner(EventEnvelope<?> envelope, ReferralEvent event, String kind, Instant deadline) {
        if (event.partnerId().startsWith(OFF_PLATFORM)) {
            return; // not on the platform: the technician records its answers; nothing to send it
        }
        Notice notice = new Notice(envelope.eventId().toString(), envelope.type().wireName(), envelope.occurredAt(),
                RecipientRole.PARTNER, event.partnerId(), event.referralId());
        String link = referralLink(event.referralId());
        NotificationContent wording = new NotificationContent(kind, event.referenceNumber(), event.area(), deadline, link);
        putInInbox(notice, wording);
        // Unless the directory copy already says the partner takes no e-mail: its entry may still be on its way.
        Optional<PartnerContact> contact = contacts.find(event.partnerId());
        if (contact.map(c -> c.active() && c.email() != null).orElse(true)) {
            deliveries.sendEmailToPartner(notice, wording);
        }
        String subject = wording.in(NotificationContent.PORTUGUESE).subject();
        for (WebhookEndpoint endpoint : endpoints.enabledFor(event.partnerId())) {
            String deliveryId = DeliveryIds.of(notice, NotificationChannel.WEBHOOK, endpoint.id());
            deliveries.sendWebhook(notice, endpoint.id(), subject, cloudEvent(deliveryId, envelope, event, deadline, link));
        }
    }

    private void toTechnician(EventEnvelope<?> envelope, ReferralEvent event, String kind, Instant deadline) {
        Notice notice = new Notice(envelope.eventId().toString(), envelope.type().wireName(), envelope.occurredAt(),
                RecipientRole.TECHNICIAN, event.requestedBy(), event.referralId());
        putInInbox(notice, new NotificationContent(kind, event.referenceNumber(), event.area(), deadline, referralLink(event.referralId())));
    }

    private void putInInbox(Notice notice, NotificationContent wording) {
        inbox.put(InboxNotification.of(notice.notificationId(), notice.recipientRole(), notice.recipientId(), notice.referralId(),
                wording, Instant.now(clock)));
        deliveries.recordDelivered(notice, NotificationChannel.IN_APP, notice.recipientId(), wording.in(NotificationContent.PORTUGUESE).subject());
    }

    /**
     * The webhook body: a CloudEvents 1.0 JSON event whose id is the delivery id (the {@code webhook-id}) and
     * whose data is what the partner needs to act, and no more: the referral, its reference number, area,
     * priority and deadline, and the link to answer. Case, person and staff ids stay inside the platform.
     */
    private String cloudEvent(String deliveryId, EventEnvelope<?> envelope, ReferralEvent event, Instant deadline, String link) {
        ObjectNode body = json.createObjectNode();
        body.put("specversion", "1.0");
        body.put("id", deliveryId);
        body.put("source", "/ponte/notification-service");
        body.put("type", envelope.type().wireName());
        body.put("subject", event.referralId());
        body.put("time", envelope.occurredAt().toString());
        body.put("datacontenttype", "application/json");
        ObjectNode data = body.putObject("data");
        data.put("referralId", event.referralId());
        data.put("referenceNumber", event.referenceNumber());
        data.put("partnerId", event.partnerId());
        data.put("area", event.area() == null ? null : event.area().name());
        if (event instanceof ReferralRequested requested) {
            data.put("priority", requested.priority() == null ? null : requested.priority().name());
        }
        data.put("respondBy", deadline == null ? null : deadline.toString());
        data.put("link", link);
        return json.writeValueAsString(body);
    }

    private String referralLink(String referralId) {
        return properties.frontendUrl() + "/referrals/" + referralId;
    }
}
