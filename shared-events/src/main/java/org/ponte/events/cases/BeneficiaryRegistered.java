package org.ponte.events.cases;

import java.time.Instant;

import static org.ponte.events.Require.present;

/**
 * A technician registered a third-country national. {@code preferredLanguage} (ISO 639-1) is optional.
 */
public record BeneficiaryRegistered(
        String beneficiaryId,
        String officeId,
        BeneficiaryProfile profile,
        String preferredLanguage,
        Consent consent,
        String registeredBy,
        Instant registeredAt) implements CaseEvent {

    public BeneficiaryRegistered {
        present(beneficiaryId, "beneficiaryId");
        present(officeId, "officeId");
        present(profile, "profile");
        present(consent, "consent");
        present(registeredBy, "registeredBy");
        present(registeredAt, "registeredAt");
    }

    @Override
    public String aggregateId() {
        return beneficiaryId;
    }
}
