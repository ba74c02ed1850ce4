package org.ponte.events.cases;

import org.ponte.events.vocabulary.AgeBand;
import org.ponte.events.vocabulary.Sex;

import static org.ponte.events.Require.present;

/**
 * The categories of a person that reports count by: nationality (ISO 3166-1 alpha-2), sex and age band.
 * Not identifying on their own; reports still show counts below 5 as "&lt;5".
 */
public record BeneficiaryProfile(String nationality, Sex sex, AgeBand ageBand) {

    public BeneficiaryProfile {
        present(nationality, "nationality");
        present(sex, "sex");
        present(ageBand, "ageBand");
    }
}
