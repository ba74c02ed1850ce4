package org.ponte.referrals.caseinfo;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A person's consent as case-events tell it; referral-service holds no other data of theirs. */
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
