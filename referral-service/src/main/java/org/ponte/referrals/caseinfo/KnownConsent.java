package org.ponte.referrals.caseinfo;

import org.ponte.platform.privacy.Processing;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A person's consent as case-events tell it; referral-service holds no other data of theirs. */
@Processing(holds = "the person's id and consent to share with partners, and whether they were erased",
        purpose = "showing partners the person's contact only with consent",
        kept = "as long as the person's referrals")
@Document("consent_facts")
public class KnownConsent {

    @Id
    String beneficiaryId;
    boolean dataProcessing;
    boolean shareWithPartners;
    boolean erased;

    public boolean allowsSharingWithPartners() {
        return !erased && dataProcessing && shareWithPartners;
    }
}
