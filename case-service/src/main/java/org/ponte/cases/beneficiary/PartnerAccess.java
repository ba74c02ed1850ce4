package org.ponte.cases.beneficiary;

/** Whether a partner organisation currently has a referral of the person that entitles it to their shared contact. */
public interface PartnerAccess {

    boolean hasOpenReferral(String beneficiaryId, String partnerId);
}
