package org.ponte.notifications.delivery;

import org.ponte.events.vocabulary.DeliveryFailure;
import org.ponte.notifications.NotificationProperties;
import org.ponte.notifications.directory.PartnerContact;
import org.ponte.notifications.directory.PartnerContactService;
import org.ponte.notifications.wording.NotificationContent;
import org.ponte.notifications.inbox.InboxService;
import org.ponte.notifications.person.PersonContacts;
import org.ponte.notifications.person.PersonReminders;
import org.ponte.notifications.endpoint.WebhookEndpoint;
import org.ponte.notifications.endpoint.WebhookEndpointService;
import org.ponte.notifications.endpoint.WebhookSignature;
import org.ponte.notifications.wording.Message;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;

/** The wire of each channel: one attempt, which either returns or throws a {@link DeliveryAttemptFailed}. */
@Component
class DeliveryChannels {

    private final JavaMailSender mail;
    private final PartnerContactService contacts;
    private final PersonContacts people;
    private final WebhookEndpointService endpoints;
    private final NotificationProperties properties;
    private final Clock clock;
    private final HttpClient http;

    DeliveryChannels(JavaMailSender mail, PartnerContactService contacts, PersonContacts people, WebhookEndpointService endpoints, NotificationProperties properties, Clock clock) {
        this.mail = mail;
        this.contacts = contacts;
        this.people = people;
        this.endpoints = endpoints;
        this.properties = properties;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(properties.webhookTimeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * An e-mail to a partner, at the address and in the language its directory entry has now; or to an office's shared
     * mailbox, in Portuguese.
     */
    void email(Delivery delivery) {
        String address;
        String language;
        if (delivery.target().startsWith(PersonReminders.PREFIX)) {
            PersonContacts.Contact contact;
            try {
                contact = people.of(delivery.target().substring(PersonReminders.PREFIX.length()));
            } catch (PersonContacts.NoOneToRemind noOne) {
                throw new DeliveryAttemptFailed(DeliveryFailure.RECIPIENT_UNAVAILABLE, null, true, noOne.getMessage());
            }
            address = contact.email();
            language = contact.preferredLanguage();
        } else if (delivery.target().startsWith(InboxService.officeInbox(""))) {
            address = properties.officeEmails().get(delivery.target().substring(InboxService.officeInbox("").length()));
            language = NotificationContent.PORTUGUESE;
            if (address == null) {
                throw new DeliveryAttemptFailed(DeliveryFailure.RECIPIENT_UNAVAILABLE, null, true, "the office has no mailbox configured");
            }
        } else {
            PartnerContact contact = contacts.find(delivery.target()).orElseThrow(RecipientNotKnownYet::new);
            if (!contact.active() || contact.email() == null) {
                throw new DeliveryAttemptFailed(DeliveryFailure.RECIPIENT_UNAVAILABLE, null, true,
                        contact.active() ? "no e-mail address in the directory" : "the partner was deactivated");
            }
            address = contact.email();
            language = contact.preferredLanguage();
        }
        Message words = delivery.wording().in(language);
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.mailFrom());
        message.setTo(address);
        message.setSubject(words.subject());
        message.setText(words.text());
        try {
            mail.send(message);
        } catch (MailException e) {
            // The server's own words may quote the address, which must not reach a log line.
            throw new DeliveryAttemptFailed(DeliveryFailure.SMTP_REJECTED, null, false, "the SMTP server did not take it ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    /** A Standard Webhooks request: the same {@code webhook-id} (the delivery id) on every attempt, signed now. */
    void webhook(Delivery delivery) {
        WebhookEndpoint endpoint = endpoints.find(delivery.target()).filter(WebhookEndpoint::enabled)
                .orElseThrow(() -> new DeliveryAttemptFailed(DeliveryFailure.ENDPOINT_NOT_ALLOWED, null, true, "endpoint deleted or disabled"));
        try {
            if (!properties.allowPrivateAddresses() && WebhookEndpointService.pointsInside(URI.create(endpoint.url()))) {
                throw new DeliveryAttemptFailed(DeliveryFailure.ENDPOINT_NOT_ALLOWED, null, true, "the endpoint's host now points inside");
            }
        } catch (UnknownHostException e) {
            throw new DeliveryAttemptFailed(DeliveryFailure.CONNECTION_FAILED, null, false, "host cannot be resolved");
        }
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint.url()))
                .timeout(properties.webhookTimeout())
                .header("Content-Type", "application/cloudevents+json")
                .header("webhook-id", delivery.id())
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSignature.sign(endpoints.secretOf(endpoint), delivery.id(), timestamp, delivery.body()))
                .POST(HttpRequest.BodyPublishers.ofString(delivery.body()))
                .build();
        HttpResponse<Void> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (HttpTimeoutException e) {
            throw new DeliveryAttemptFailed(DeliveryFailure.TIMEOUT, null, false, "no answer in " + properties.webhookTimeout());
        } catch (ConnectException e) {
            throw new DeliveryAttemptFailed(DeliveryFailure.CONNECTION_FAILED, null, false, "cannot connect");
        } catch (IOException e) {
            throw new DeliveryAttemptFailed(DeliveryFailure.CONNECTION_FAILED, null, false, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryAttemptFailed(DeliveryFailure.OTHER, null, false, "interrupted");
        }
        int status = response.statusCode();
        if (status < 200 || status > 299) {
            throw new DeliveryAttemptFailed(status >= 500 ? DeliveryFailure.HTTP_SERVER_ERROR : DeliveryFailure.HTTP_CLIENT_ERROR, status,
                    false, "answered " + status);
        }
    }

    /**
     * One failed attempt, as a category; the detail is for the log only. A permanent failure (the endpoint was
     * deleted or disabled, the partner deactivated) is not retried, and says nothing of the endpoint's health.
     */
    static final class DeliveryAttemptFailed extends RuntimeException {

        final DeliveryFailure failure;
        final Integer httpStatus;
        final boolean permanent;

        DeliveryAttemptFailed(DeliveryFailure failure, Integer httpStatus, boolean permanent, String detail) {
            super(detail, null, false, false);
            this.failure = failure;
            this.httpStatus = httpStatus;
            this.permanent = permanent;
        }

        /** Whether this failure says the endpoint (or the SMTP server) is unwell: what its circuit breaker counts. */
        static boolean countsAgainstTheEndpoint(Throwable thrown) {
            return thrown instanceof DeliveryAttemptFailed failed && !failed.permanent;
        }
    }

    /** The partner is not in this service's directory copy yet: nothing was tried; the copy normally follows in moments. */
    static final class RecipientNotKnownYet extends RuntimeException {

        RecipientNotKnownYet() {
            super("the partner is not in the directory copy yet", null, false, false);
        }
    }
}
