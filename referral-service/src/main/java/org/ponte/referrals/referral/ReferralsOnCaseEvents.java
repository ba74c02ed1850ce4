package org.ponte.referrals.referral;

import org.ponte.events.vocabulary.CancellationReason;
import org.ponte.events.vocabulary.ReferralStatus;
import org.ponte.platform.privacy.PersonKeys;
import org.ponte.referrals.caseinfo.CaseEventsReaction;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * A closed case cancels its pending referrals; a person who no longer lets their data be shared with partners
 * ends every open referral to a partner on the platform (a partner cannot serve someone it may know nothing
 * about, and its access to the person ends with the referral); an erased person's free text leaves every referral.
 */
@Component
class ReferralsOnCaseEvents implements CaseEventsReaction {

    private final Referrals referrals;
    private final ReferralMetrics metrics;
    private final Clock clock;
    private final PersonKeys personKeys;

    ReferralsOnCaseEvents(Referrals referrals, ReferralMetrics metrics, Clock clock, PersonKeys personKeys) {
        this.referrals = referrals;
        this.metrics = metrics;
        this.clock = clock;
        this.personKeys = personKeys;
    }

    @Override
    public void caseClosed(String caseId, String closedBy) {
        for (Referral referral : referrals.findByCaseIdAndStatusIn(caseId, List.of(ReferralStatus.PENDING))) {
            cancel(referral, closedBy, CancellationReason.CASE_CLOSED);
        }
    }

    @Override
    public void sharingWithdrawn(String beneficiaryId, String withdrawnBy) {
        for (Referral referral : referrals.findByBeneficiaryIdAndStatusIn(beneficiaryId, List.of(ReferralStatus.PENDING, ReferralStatus.ACCEPTED))) {
            if (!referral.isOffPlatform()) {
                cancel(referral, withdrawnBy, CancellationReason.SHARING_CONSENT_WITHDRAWN);
            }
        }
    }

    private void cancel(Referral referral, String by, CancellationReason reason) {
        ReferralStatus before = referral.status();
        referral.cancel(by, Instant.now(clock), reason, null);
        metrics.stepped(referrals.save(referral), before);
    }

    @Override
    public void personErased(String beneficiaryId) {
        for (Referral referral : referrals.findByBeneficiaryId(beneficiaryId)) {
            referral.eraseFreeText();
            referrals.save(referral);
        }
        personKeys.forget(beneficiaryId); // every copy of the reasons and notes sealed for the person, backups too, stops opening
    }
}
