package org.ponte.referrals.referral;

import org.ponte.platform.privacy.SubjectAccess;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/** The person's referrals, with their reasons and notes. */
@Component
class ReferralSubjectAccess implements SubjectAccess {

    private final Referrals referrals;

    ReferralSubjectAccess(Referrals referrals) {
        this.referrals = referrals;
    }

    @Override
    public Map<String, Object> holdingsOf(String personId) {
        List<ReferralView> theirs = referrals.findByBeneficiaryId(personId).stream().map(referral -> ReferralView.of(referral, true)).toList();
        return theirs.isEmpty() ? Map.of() : Map.of("referrals", theirs);
    }
}
