package org.ponte.events.cases;

import java.time.Instant;

import static org.ponte.events.Require.present;

/** The person's consent as it stands now; referral-service refuses referrals without sharing consent. */
public record ConsentChanged(
        String beneficiaryId,
        String officeId,
        Consent consent,
        String changedBy,
        Instant changedAt) implements CaseEvent {

    public ConsentChanged {
        present(beneficiaryId, "beneficiaryId");
        present(officeId, "officeId");
        present(consent, "consent");
        present(changedBy, "changedBy");
        present(changedAt, "changedAt");
    }

    @Override
    public String aggregateId() {
        return beneficiaryId;
    }
}
