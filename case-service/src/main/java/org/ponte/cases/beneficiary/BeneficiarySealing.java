package org.ponte.cases.beneficiary;

import org.bson.Document;
import org.ponte.platform.privacy.BlindIndex;
import org.ponte.platform.privacy.PersonKeys;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.mapping.event.AfterConvertCallback;
import org.springframework.data.mongodb.core.mapping.event.BeforeConvertCallback;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/**
 * A person's data as the store keeps it: sealed with the person's own key ({@link PersonKeys}), and found through keyed
 * hashes ({@link BlindIndex}) of each word of the name and its starts (search) and of the name with the date of birth
 * (the duplicate check). Nothing personal reaches the store in clear; an erased person's key is destroyed, so any
 * copy of their record, in a backup too, no longer opens. A record written before sealing (its {@code personalData}
 * in clear) is read as it was and sealed when next saved ({@link ClearRecordsSealed} saves them all at start).
 */
@Component
class BeneficiarySealing implements BeforeConvertCallback<Beneficiary>, AfterConvertCallback<Beneficiary> {

    static final String FIELD = "personalData";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    // Looked up at first use: the store's converter calls this callback, and the key vault is itself a store client.
    private final ObjectProvider<PersonKeys> keys;
    private final ObjectProvider<BlindIndex> index;
    private final ObjectProvider<MongoConverter> converter;

    BeneficiarySealing(ObjectProvider<PersonKeys> keys, ObjectProvider<BlindIndex> index, ObjectProvider<MongoConverter> converter) {
        this.keys = keys;
        this.index = index;
        this.converter = converter;
    }

    @Override
    public Beneficiary onBeforeConvert(Beneficiary beneficiary, String collection) {
        PersonalData data = beneficiary.personalData();
        if (data == null) {
            beneficiary.sealed(null, null, null);
        } else {
            String name = PersonName.key(data.fullName());
            beneficiary.sealed(keys.getObject().seal(beneficiary.id(), FIELD, JSON.writeValueAsString(data)),
                    index.getObject().ofWordsAndPrefixes("name", name),
                    duplicateIndex(name, data));
        }
        return beneficiary;
    }

    @Override
    public Beneficiary onAfterConvert(Beneficiary beneficiary, Document document, String collection) {
        if (beneficiary.sealedData() != null) {
            beneficiary.opened(keys.getObject().open(beneficiary.id(), FIELD, beneficiary.sealedData())
                    .map(json -> JSON.readValue(json, PersonalData.class)).orElse(null));
        } else if (document.get(FIELD) instanceof Document clear) {
            beneficiary.opened(converter.getObject().read(PersonalData.class, clear));
        }
        return beneficiary;
    }

    /** The hash the duplicate check looks for: the same name (as compared) born the same day. */
    String duplicateIndex(String nameKey, PersonalData data) {
        return index.getObject().of("name+birth", nameKey + "|" + data.dateOfBirth());
    }

    /** The hashes a name search looks for: each word of the query as the start of a word of the name. */
    List<String> nameQuery(String query) {
        return index.getObject().ofQuery("name", PersonName.key(query));
    }
}
