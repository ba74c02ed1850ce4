package org.ponte.notifications.delivery;

import org.ponte.platform.domain.NotFound;
import org.ponte.events.vocabulary.NotificationChannel;
import org.ponte.notifications.wording.NotificationContent;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Records deliveries: each (source event, channel, target) once, whatever the source event's duplicates. */
@Service
public class DeliveryService {

    private final Deliveries store;
    private final DeliveryDispatcher dispatcher;
    private final DeliveryMetrics metrics;
    private final Clock clock;

    DeliveryService(Deliveries store, DeliveryDispatcher dispatcher, DeliveryMetrics metrics, Clock clock) {
        this.store = store;
        this.dispatcher = dispatcher;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Schedules a webhook call to one endpoint now; returns it, or empty when this very delivery already exists. */
    public Optional<Delivery> sendWebhook(Notice notice, String endpointId, String subject, String cloudEvent) {
        return schedule(Delivery.create(notice, NotificationChannel.WEBHOOK, endpointId, subject, cloudEvent, null, Instant.now(clock)));
    }

    /**
     * Schedules an e-mail to a partner organisation now. Its address and language are looked up in the directory
     * copy when it is sent, so a referral that arrives before its partner's directory entry still reaches it.
     */
    public Optional<Delivery> sendEmailToPartner(Notice notice, NotificationContent wording) {
        return schedule(Delivery.create(notice, NotificationChannel.EMAIL, notice.recipientId(), wording.in(NotificationContent.PORTUGUESE).subject(),
                null, wording, Instant.now(clock)));
    }

    /**
     * Schedules a reminder e-mail to a person now. The delivery names the person by id only: their address and
     * language are asked of case-service when it is sent.
     */
    public Optional<Delivery> sendEmailToPerson(Notice notice, NotificationContent wording) {
        return schedule(Delivery.create(notice, NotificationChannel.EMAIL, notice.recipientId(), wording.in(NotificationContent.PORTUGUESE).subject(),
                null, wording, Instant.now(clock)));
    }

    /** Schedules an e-mail to an office's shared mailbox now, in Portuguese. */
    public Optional<Delivery> sendEmailToOffice(Notice notice, NotificationContent wording) {
        return schedule(Delivery.create(notice, NotificationChannel.EMAIL, notice.recipientId(), wording.in(NotificationContent.PORTUGUESE).subject(),
                null, wording, Instant.now(clock)));
    }

    private Optional<Delivery> schedule(Delivery delivery) {
        try {
            Delivery saved = store.insert(delivery);
            dispatcher.dueAt(saved);
            return Optional.of(saved);
        } catch (DuplicateKeyException alreadyScheduled) {
            return Optional.empty();
        }
    }

    /** A message that reached its recipient as it was recorded (the in-app inbox). */
    public void recordDelivered(Notice notice, NotificationChannel channel, String target, String subject) {
        Delivery delivery = Delivery.create(notice, channel, target, subject, null, null, Instant.now(clock));
        delivery.delivered(Instant.now(clock));
        try {
            store.insert(delivery);
            metrics.delivered(delivery);
        } catch (DuplicateKeyException alreadyRecorded) {
            // Delivered once already.
        }
    }

    Page<Delivery> list(DeliveryStatus status, Pageable page) {
        return status == null ? store.findAll(page) : store.findByStatus(status, page);
    }

    Delivery retry(String id) {
        Delivery delivery = store.findById(id).orElseThrow(() -> new NotFound("Delivery " + id));
        delivery.retry(Instant.now(clock));
        Delivery saved = store.save(delivery);
        dispatcher.dueAt(saved);
        return saved;
    }
}
