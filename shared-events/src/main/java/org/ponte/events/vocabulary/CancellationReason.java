package org.ponte.events.vocabulary;

/**
 * Why a referral was cancelled: the referring office recalled it, its case was closed, or the person withdrew
 * their consent to sharing their data with partners.
 */
public enum CancellationReason {
    RECALLED_BY_OFFICE, CASE_CLOSED, SHARING_CONSENT_WITHDRAWN
}
