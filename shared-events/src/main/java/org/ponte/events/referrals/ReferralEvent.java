package org.ponte.events.referrals;

import org.ponte.events.PonteEvent;
import org.ponte.events.vocabulary.InterventionArea;

import static org.ponte.events.Require.present;

/**
 * An event on the {@code referral-events} topic, published by referral-service. Every one carries the
 * referral's routing facts, so that a consumer (notifications, reports) needs no state to act on it.
 */
public interface ReferralEvent extends PonteEvent {

    String referralId();

    /** The readable reference partners and technicians quote, such as ENC-2026-000042. */
    String referenceNumber();

    String caseId();

    String beneficiaryId();

    /** The office of the technician who referred the person. */
    String officeId();

    String partnerId();

    InterventionArea area();

    /** The technician who made the referral and is told of every answer. */
    String requestedBy();

    @Override
    default String aggregateId() {
        return referralId();
    }

    /** The check every referral event makes in its constructor: the routing facts are all present. */
    static void requireRoutingFacts(String referralId, String referenceNumber, String caseId, String beneficiaryId,
                                    String officeId, String partnerId, InterventionArea area, String requestedBy) {
        present(referralId, "referralId");
        present(referenceNumber, "referenceNumber");
        present(caseId, "caseId");
        present(beneficiaryId, "beneficiaryId");
        present(officeId, "officeId");
        present(partnerId, "partnerId");
        present(area, "area");
        present(requestedBy, "requestedBy");
    }
}
