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
import org.ponte.platform.privacy.Processing;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A third-country national registered at an office (NPT): their personal data and their consent. Only this
 * service ever holds it; events about them carry their id and categories (nationality, sex, age band). The personal
 * data is stored only sealed with the person's own key, with keyed hashes to find it by name and by name and date of
 * birth ({@link BeneficiarySealing}); in memory, the aggregate works with it in clear.
 */
@Processing(holds = "name, date of birth, sex, nationality, language, phone and e-mail (sealed), and consent",
        purpose = "registering and supporting the person at their office, with their consent",
        kept = "until erased at the person's request, or when their office's retention period (5 years by default) has passed since their last case closed")
@Document("beneficiaries")
@CompoundIndexes({
        @CompoundIndex(name = "office_duplicate", def = "{'officeId': 1, 'duplicateIndex': 1}"),
        @CompoundIndex(name = "office_name", def = "{'officeId': 1, 'nameIndex': 1}")})
public class Beneficiary extends AggregateRoot {

    @Id
    private String id;
    private String officeId;
    @Transient
    private PersonalData personalData;
    /** {@link #personalData} as stored: sealed with the person's data key; null once erased. */
    private byte[] sealedData;
    private List<String> nameIndex;
    private String duplicateIndex;
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
        consent = new Consent(false, false);
        erasedAt = now;
        publish(new BeneficiaryErased(id, officeId, by, now), now);
    }

    /** Erased here, or its data can no longer be opened (its key destroyed: a record restored from an old backup, say). */
    public boolean isErased() {
        return erasedAt != null || personalData == null;
    }

    private void apply(PersonalData data) {
        personalData = data;
    }

    /** Stored as {@link BeneficiarySealing} seals it (or all null, for an erased person). */
    void sealed(byte[] sealed, List<String> byName, String byNameAndBirth) {
        sealedData = sealed;
        nameIndex = byName;
        duplicateIndex = byNameAndBirth;
    }

    byte[] sealedData() {
        return sealedData;
    }

    /** Opened again by {@link BeneficiarySealing} after a read; null when the person's key is gone. */
    void opened(PersonalData data) {
        personalData = data;
    }

    /** The categories reports count by, with the age band on the given day. */
    public BeneficiaryProfile profile(Instant at) {
        if (personalData == null) {
            throw new RuleViolated("beneficiary-erased", "The person's data was erased.");
        }
        return new BeneficiaryProfile(personalData.nationality(), personalData.sex() == null ? Sex.UNDISCLOSED : personalData.sex(),
                AgeBand.of(personalData.dateOfBirth(), LocalDate.ofInstant(at, ZoneOffset.UTC)));
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
