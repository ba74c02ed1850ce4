package org.ponte.cases.casework;

import java.util.List;

/** The referrals of a case, as the case page shows them; kept by the referral feature from referral-events. */
public interface CaseReferrals {

    List<CaseViews.ReferralSummaryView> of(String caseId);
}
