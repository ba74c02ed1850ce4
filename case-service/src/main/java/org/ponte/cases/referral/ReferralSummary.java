package org.ponte.cases.referral;

import org.ponte.events.vocabulary.InterventionArea;
import org.ponte.events.vocabulary.ReferralStatus;
import org.ponte.platform.privacy.Processing;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/** A referral of one of this service's cases, as learned from referral-events (referral-service owns it). */
@Processing(holds = "the status of the person's referrals (ids, partner, area)",
        purpose = "the case's timeline and the partners' access to the person's contact",
        kept = "the facts stay, anonymous, once the person is erased")
@Document("case_referrals")
@CompoundIndexes({
        @CompoundIndex(name = "case", def = "{'caseId': 1}"),
        @CompoundIndex(name = "beneficiary_partner", def = "{'beneficiaryId': 1, 'partnerId': 1, 'status': 1}")})
class ReferralSummary {

    @Id
    String referralId;
    String referenceNumber;
    String caseId;
    String beneficiaryId;
    String partnerId;
    InterventionArea area;
    ReferralStatus status;
    boolean overdue;
    Instant updatedAt;
}
