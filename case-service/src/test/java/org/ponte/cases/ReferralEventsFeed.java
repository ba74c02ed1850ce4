package org.ponte.cases;

import org.ponte.events.EventEnvelope;
import org.ponte.events.PonteEvent;
import org.ponte.events.referrals.ReferralAccepted;
import org.ponte.events.referrals.ReferralDeclined;
import org.ponte.events.referrals.ReferralOverdue;
import org.ponte.events.referrals.ReferralRequested;
import org.ponte.events.vocabulary.DeclineReason;
import org.ponte.events.vocabulary.InterventionArea;
import org.ponte.events.vocabulary.ReferralPriority;
import org.ponte.testsupport.EventFeed;
import org.ponte.testsupport.TestInfrastructure;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Publishes referral-events as referral-service would, for one referral of a case. */
final class ReferralEventsFeed implements AutoCloseable {

    private final EventFeed feed = new EventFeed(TestInfrastructure.embedded(), "referral-service");

    final String referralId = UUID.randomUUID().toString();
    final String caseId;
    final String beneficiaryId;
    final String partnerId;

    ReferralEventsFeed(String caseId, String beneficiaryId, String partnerId) {
        this.caseId = caseId;
        this.beneficiaryId = beneficiaryId;
        this.partnerId = partnerId;
    }

    EventEnvelope<ReferralRequested> requested() {
        Instant now = now();
        return send(new ReferralRequested(referralId, "ENC-2026-" + referralId.substring(0, 6), caseId, beneficiaryId, "lisboa",
                partnerId, InterventionArea.EMPLOYMENT_AND_ENTREPRENEURSHIP, "technician-lisboa", ReferralPriority.ROUTINE, now,
                now.plus(5, ChronoUnit.DAYS)));
    }

    EventEnvelope<ReferralAccepted> accepted() {
        return send(new ReferralAccepted(referralId, "ENC-2026-" + referralId.substring(0, 6), caseId, beneficiaryId, "lisboa",
                partnerId, InterventionArea.EMPLOYMENT_AND_ENTREPRENEURSHIP, "technician-lisboa", "partner-user", now()));
    }

    EventEnvelope<ReferralDeclined> declined() {
        return send(new ReferralDeclined(referralId, "ENC-2026-" + referralId.substring(0, 6), caseId, beneficiaryId, "lisboa",
                partnerId, InterventionArea.EMPLOYMENT_AND_ENTREPRENEURSHIP, "technician-lisboa", DeclineReason.NO_CAPACITY,
                "partner-user", now()));
    }

    EventEnvelope<ReferralOverdue> overdue() {
        Instant now = now();
        return send(new ReferralOverdue(referralId, "ENC-2026-" + referralId.substring(0, 6), caseId, beneficiaryId, "lisboa",
                partnerId, InterventionArea.EMPLOYMENT_AND_ENTREPRENEURSHIP, "technician-lisboa", now, now));
    }

    <E extends PonteEvent> EventEnvelope<E> send(E event) {
        return feed.send(event);
    }

    <E extends PonteEvent> EventEnvelope<E> resend(EventEnvelope<E> envelope) {
        return feed.resend(envelope);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    @Override
    public void close() {
        feed.close();
    }
}
