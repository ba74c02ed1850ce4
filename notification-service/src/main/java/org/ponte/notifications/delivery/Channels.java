package org.ponte.notifications.delivery;

import org.ponte.events.vocabulary.DeliveryFailure;
import org.ponte.notifications.NotificationProperties;
import org.ponte.notifications.endpoint.WebhookEndpoint;
import org.ponte.notifications.endpoint.WebhookEndpoints;
import org.ponte.notifications.endpoint.WebhookSignature;
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
class Channels {

    private final JavaMailSender mail;
    private final WebhookEndpoints endpoints;
    private final NotificationProperties properties;
    private final Clock clock;
    private final HttpClient http;

    Channels(JavaMailSender mail, WebhookEndpoints endpoints, NotificationProperties properties, Clock clock) {
        this.mail = mail;
        this.endpoints = endpoints;
        this.properties = properties;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(properties.webhookTimeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    void email(Delivery delivery) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.mailFrom());
        message.setTo(delivery.target());
        message.setSubject(delivery.subject());
        message.setText(delivery.body());
        try {
            mail.send(message);
        } catch (MailException e) {
            throw new DeliveryAttemptFailed(DeliveryFailure.SMTP_REJECTED, null, e.getMessage());
        }
    }

    /** A Standard Webhooks request: the same {@code webhook-id} (the delivery id) on every attempt, signed now. */
    void webhook(Delivery delivery) {
        WebhookEndpoint endpoint = endpoints.find(delivery.target()).filter(WebhookEndpoint::enabled)
                .orElseThrow(() -> new DeliveryAttemptFailed(DeliveryFailure.ENDPOINT_NOT_ALLOWED, null, "endpoint deleted or disabled"));
        try {
            if (!properties.allowPrivateAddresses() && WebhookEndpoints.pointsInside(URI.create(endpoint.url()))) {
                throw new DeliveryAttemptFailed(DeliveryFailure.ENDPOINT_NOT_ALLOWED, null, "the endpoint's host now points inside");
            }
        } catch (UnknownHostException e) {
            throw new DeliveryAttemptFailed(DeliveryFailure.CONNECTION_FAILED, null, "host cannot be resolved");
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
            throw new DeliveryAttemptFailed(DeliveryFailure.TIMEOUT, null, "no answer in " + properties.webhookTimeout());
        } catch (ConnectException e) {
            throw new DeliveryAttemptFailed(DeliveryFailure.CONNECTION_FAILED, null, "cannot connect");
        } catch (IOException e) {
            throw new DeliveryAttemptFailed(DeliveryFailure.CONNECTION_FAILED, null, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryAttemptFailed(DeliveryFailure.OTHER, null, "interrupted");
        }
        int status = response.statusCode();
        if (status < 200 || status > 299) {
            throw new DeliveryAttemptFailed(status >= 500 ? DeliveryFailure.HTTP_SERVER_ERROR : DeliveryFailure.HTTP_CLIENT_ERROR, status,
                    "answered " + status);
        }
    }

    /** One failed attempt, as a category; the detail is for the log only. */
    static final class DeliveryAttemptFailed extends RuntimeException {

        final DeliveryFailure failure;
        final Integer httpStatus;

        DeliveryAttemptFailed(DeliveryFailure failure, Integer httpStatus, String detail) {
            super(detail, null, false, false);
            this.failure = failure;
            this.httpStatus = httpStatus;
        }
    }
}
