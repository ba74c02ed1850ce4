package org.ponte.events.vocabulary;

/** A person's standing under Portuguese immigration law, as one entry of their legal-status timeline records it. */
public enum LegalStatusCategory {
    VISA, RESIDENCE_PERMIT, RESIDENCE_PERMIT_RENEWAL_PENDING, MANIFESTATION_OF_INTEREST, ASYLUM_APPLICANT,
    INTERNATIONAL_PROTECTION, TEMPORARY_PROTECTION, CPLP_MOBILITY, EU_FAMILY_MEMBER, UNDOCUMENTED, OTHER
}
