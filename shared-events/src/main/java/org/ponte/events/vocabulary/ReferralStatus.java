package org.ponte.events.vocabulary;

/** The lifecycle of a referral (encaminhamento). Being overdue is a flag, not a status. */
public enum ReferralStatus {
    PENDING, ACCEPTED, DECLINED, COMPLETED, CANCELLED
}
