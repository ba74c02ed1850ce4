package org.ponte.cases.beneficiary;

import org.ponte.platform.domain.RuleViolated;
import org.ponte.events.cases.BeneficiaryErased;
import org.ponte.events.cases.BeneficiaryProfile;
import org.ponte.events.cases.BeneficiaryRegistered;
import org.ponte.events.cases.BeneficiaryUpdated;
import org.ponte.events.cases.Consent;
import org.ponte.events.cases.ConsentChanged;
import org.ponte.events.vocabulary.AgeBand;
import org.ponte.events.vocabulary.Sex;
import org.ponte.platform.outbox.AggregateRoot;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * A third-country national registered at an office (NPT): their personal data and their consent. Only this
 * service ever holds it; events about them carry their id and categories (nationality, sex, age band).
 */
@Document("beneficiaries")
@CompoundIndex(name = "office_name_birth", def = "{'officeId': 1, 'nameKey': 1, 'dateOfBirth': 1}")
public class Beneficiary extends AggregateRoot {

    @Id
    private String id;
    private String officeId;
    private PersonalData personalData;
    private String nameKey;
    private LocalDate dateOfBirth;
    private Consent consent;
    private String registeredBy;
    private Instant registeredAt;
    private Instant erasedAt;

    Beneficiary() {
    }

    /** Registers a person who consented to the processing of their data; without that consent there is nothing to keep. */
    public static Beneficiary register(String id, String officeId, PersonalData data, Consent consent, String by, Instant now) {
        if (!consent.dataProcessing()) {
            throw new RuleViolated("consent-required", "consent.dataProcessing",
                    "A person can be registered only after consenting to the processing of their data.");
        }
        Beneficiary beneficiary = new Beneficiary();
        beneficiary.id = id;
        beneficiary.officeId = officeId;
        beneficiary.apply(data);
        beneficiary.consent = consent;
        beneficiary.registeredBy = by;
        beneficiary.registeredAt = now;
        beneficiary.publish(new BeneficiaryRegistered(id, officeId, beneficiary.profile(now), data.preferredLanguage(),
                consent, by, now), now);
        return beneficiary;
    }

    void update(PersonalData data, String by, Instant now) {
        apply(data);
        publish(new BeneficiaryUpdated(id, officeId, profile(now), data.preferredLanguage(), by, now), now);
    }

    /** Consent changes at any time; a withdrawn consent to share ends every partner's access at once. */
    void changeConsent(Consent newConsent, String by, Instant now) {
        if (newConsent.equals(consent)) {
            return;
        }
        consent = newConsent;
        publish(new ConsentChanged(id, officeId, newConsent, by, now), now);
    }

    /**
     * The right to erasure: the personal data goes, the id and office stay so that the anonymous facts
     * (attendances, referrals) still count. Every service drops what it keeps on BeneficiaryErased.
     */
    void erase(String by, Instant now) {
        if (isErased()) {
            return;
        }
        personalData = null;
        nameKey = null;
        dateOfBirth = null;
        consent = new Consent(false, false);
        erasedAt = now;
        publish(new BeneficiaryErased(id, officeId, by, now), now);
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    private void apply(PersonalData data) {
        personalData = data;
        nameKey = PersonName.key(data.fullName());
        dateOfBirth = data.dateOfBirth();
    }

    /** The categories reports count by, with the age band on the given day. */
    public BeneficiaryProfile profile(Instant at) {
        if (personalData == null) {
            throw new RuleViolated("beneficiary-erased", "The person's data was erased.");
        }
        return new BeneficiaryProfile(personalData.nationality(), personalData.sex() == null ? Sex.UNDISCLOSED : personalData.sex(),
                AgeBand.of(dateOfBirth, LocalDate.ofInstant(at, ZoneOffset.UTC)));
    }

    public boolean consentsToProcessing() {
        return consent.dataProcessing();
    }

    public boolean consentsToSharingWithPartners() {
        return consent.dataProcessing() && consent.shareWithPartners();
    }

    public String id() {
        return id;
    }

    public String officeId() {
        return officeId;
    }

    public PersonalData personalData() {
        return personalData;
    }

    public Consent consent() {
        return consent;
    }

    public String registeredBy() {
        return registeredBy;
    }

    public Instant registeredAt() {
        return registeredAt;
    }
}
