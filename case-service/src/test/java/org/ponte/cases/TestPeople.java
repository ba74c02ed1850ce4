package org.ponte.cases;

import org.ponte.cases.beneficiary.Beneficiary;
import org.ponte.cases.beneficiary.PersonalData;
import org.ponte.events.cases.Consent;
import org.ponte.events.vocabulary.Sex;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Small builders of people for the aggregate tests. */
public final class TestPeople {

    public static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    private TestPeople() {
    }

    public static Beneficiary consentingPersonOf(String officeId) {
        return Beneficiary.register(UUID.randomUUID().toString(), officeId, maria(), new Consent(true, true), "technician-" + officeId, NOW);
    }

    public static PersonalData maria() {
        return new PersonalData("Maria José da Silva", LocalDate.of(1990, 5, 17), Sex.FEMALE, "BR", "pt", "+351 912 345 678",
                "maria@example.org");
    }
}
