package org.ponte.referrals.caseinfo;

import org.ponte.events.vocabulary.CaseStatus;
import org.ponte.platform.privacy.Processing;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** What referral-service knows of a case, from case-events: its person, office, number and status. */
@Processing(holds = "case ids with the person's id and office",
        purpose = "checking that a referral is made for an open case of the office",
        kept = "as long as the case")
@Document("case_facts")
public class KnownCase {

    @Id
    String caseId;
    String caseNumber;
    String beneficiaryId;
    String officeId;
    CaseStatus status;

    public String caseId() {
        return caseId;
    }

    public String caseNumber() {
        return caseNumber;
    }

    public String beneficiaryId() {
        return beneficiaryId;
    }

    public String officeId() {
        return officeId;
    }

    public boolean isOpen() {
        return status == CaseStatus.OPEN;
    }
}
