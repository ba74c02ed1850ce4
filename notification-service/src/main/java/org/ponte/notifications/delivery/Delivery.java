package org.ponte.notifications.delivery;

import org.ponte.platform.domain.Conflict;
import org.ponte.events.notifications.NotificationDelivered;
import org.ponte.events.notifications.NotificationFailed;
import org.ponte.events.vocabulary.DeliveryFailure;
import org.ponte.events.vocabulary.NotificationChannel;
import org.ponte.events.vocabulary.RecipientRole;
import org.ponte.notifications.wording.NotificationContent;
import org.ponte.platform.outbox.AggregateRoot;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * One notification over one channel to one recipient, and every attempt at it. Its id is derived from the
 * source event, channel and target, so a duplicated source event makes no second delivery, and it is the
 * {@code webhook-id} on every retry, so the receiver can tell a retry from a new message.
 */
@Document("deliveries")
@CompoundIndex(name = "due", def = "{'status': 1, 'nextAttemptAt': 1}")
public class Delivery extends AggregateRoot {

    @Id
    private String id;
    private String notificationId;
    private NotificationChannel channel;
    private RecipientRole recipientRole;
    private String recipientId;
    private String target;
    private String sourceEventId;
    private String sourceType;
    private Instant sourceOccurredAt;
    private String referralId;
    private String subject;
    private String body;
    /** For an e-mail: put into words when it is sent, in the recipient's language then. */
    private NotificationContent wording;
    private DeliveryStatus status;
    private int attempts;
    private Instant nextAttemptAt;
    private DeliveryFailure lastFailure;
    private Integer lastHttpStatus;
    private Instant createdAt;
    private Instant deliveredAt;

    Delivery() {
    }

    static String idOf(String sourceEventId, NotificationChannel channel, String target) {
        return UUID.nameUUIDFromBytes((sourceEventId + "|" + channel + "|" + target).getBytes(StandardCharsets.UTF_8)).toString();
    }

    static Delivery create(Notice notice, NotificationChannel channel, String target, String subject, String body, NotificationContent wording,
                           Instant now) {
        Delivery delivery = new Delivery();
        delivery.id = idOf(notice.sourceEventId(), channel, target);
        delivery.notificationId = notice.notificationId();
        delivery.channel = channel;
        delivery.recipientRole = notice.recipientRole();
        delivery.recipientId = notice.recipientId();
        delivery.target = target;
        delivery.sourceEventId = notice.sourceEventId();
        delivery.sourceType = notice.sourceType();
        delivery.sourceOccurredAt = notice.sourceOccurredAt();
        delivery.referralId = notice.referralId();
        delivery.subject = subject;
        delivery.body = body;
        delivery.wording = wording;
        delivery.status = DeliveryStatus.PENDING;
        delivery.nextAttemptAt = now;
        delivery.createdAt = now;
        return delivery;
    }

    void delivered(Instant now) {
        attempts++;
        status = DeliveryStatus.DELIVERED;
        deliveredAt = now;
        nextAttemptAt = null;
        publish(new NotificationDelivered(notificationId, id, channel, recipientRole, recipientId, sourceEventId, referralId, attempts, now),
                now);
    }

    /** A failed attempt; with {@code nextAttempt} null the delivery is out of attempts and DEAD. */
    void failed(DeliveryFailure failure, Integer httpStatus, Instant nextAttempt, Instant now) {
        attempts++;
        lastFailure = failure;
        lastHttpStatus = httpStatus;
        status = nextAttempt == null ? DeliveryStatus.DEAD : DeliveryStatus.FAILED;
        nextAttemptAt = nextAttempt;
        publish(new NotificationFailed(notificationId, id, channel, recipientRole, recipientId, sourceEventId, referralId, attempts,
                failure, httpStatus, nextAttempt != null, now), now);
    }

    /**
     * Taken by one instance of the service to be sent now: nobody else picks it before {@code until}. Stored with
     * the version check, so of two instances that read the same due delivery only one sends it; if that one dies
     * mid-call, the claim lapses and another sends it again (at least once, with the same webhook-id).
     */
    void claim(Instant until) {
        nextAttemptAt = until;
    }

    /** The endpoint's circuit is open: nothing was tried, so no attempt is spent; look again when it may close. */
    void postpone(Instant until) {
        nextAttemptAt = until;
    }

    /** An administrator sends a dead delivery again, with a fresh allowance of attempts. */
    void retry(Instant now) {
        if (status != DeliveryStatus.DEAD) {
            throw new Conflict("not-dead", "Delivery " + id + " is " + status + "; only a DEAD delivery is retried by hand.");
        }
        status = DeliveryStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
    }

    public String id() {
        return id;
    }

    public NotificationChannel channel() {
        return channel;
    }

    public RecipientRole recipientRole() {
        return recipientRole;
    }

    public String recipientId() {
        return recipientId;
    }

    public NotificationContent wording() {
        return wording;
    }

    public String target() {
        return target;
    }

    public String sourceEventId() {
        return sourceEventId;
    }

    public String sourceType() {
        return sourceType;
    }

    public Instant sourceOccurredAt() {
        return sourceOccurredAt;
    }

    public String referralId() {
        return referralId;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public DeliveryStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public DeliveryFailure lastFailure() {
        return lastFailure;
    }

    public Integer lastHttpStatus() {
        return lastHttpStatus;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }
}
