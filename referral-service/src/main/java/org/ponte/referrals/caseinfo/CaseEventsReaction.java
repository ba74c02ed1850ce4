package org.ponte.referrals.caseinfo;

/** What the referral feature does when a case or a person changes (case closed, sharing withdrawn, person erased). */
public interface CaseEventsReaction {

    void caseClosed(String caseId, String closedBy);

    void sharingWithdrawn(String beneficiaryId, String withdrawnBy);

    void personErased(String beneficiaryId);
}
