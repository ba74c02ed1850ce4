package org.ponte.platform.privacy;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Envelope encryption of personal data, one data key per person: a field is sealed with the person's own AES-256-GCM
 * key (Google Tink), with the person's id and the field's name as associated data, so a sealed value opens only as
 * the field of the person it was sealed for. The data keys live wrapped under the master key ({@link MasterKeys}) in
 * the key vault, a database of their own, apart from the data and its backups. {@link #forget} destroys a person's
 * key: every copy of their sealed fields, in the store, a backup or a log, can no longer be opened (crypto-shredding).
 */
public class PersonKeys {

    private static final int CACHED = 4096;
    private static final String SEALED_TEXT = "sealed:";

    private final MongoOperations vault;
    private final MasterKeys masterKeys;
    private final Clock clock;
    /** Unwrapped data keys of the people last worked with: unwrapping is a master-key decryption per read otherwise. */
    private final Map<String, Aead> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Aead> eldest) {
            return size() > CACHED;
        }
    };

    public PersonKeys(MongoOperations vault, MasterKeys masterKeys, Clock clock) {
        this.vault = vault;
        this.masterKeys = masterKeys;
        this.clock = clock;
    }

    /** The value sealed with the person's key (made on the person's first sealed field). */
    public byte[] seal(String personId, String field, String value) {
        try {
            return keyOf(personId, true).orElseThrow().encrypt(value.getBytes(StandardCharsets.UTF_8), associated(personId, field));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a field could not be sealed", e);
        }
    }

    /** The value, or empty when the person's key is gone (the person was erased) or the value is not theirs. */
    public Optional<String> open(String personId, String field, byte[] sealed) {
        if (sealed == null) {
            return Optional.empty();
        }
        Optional<Aead> key = keyOf(personId, false);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new String(key.get().decrypt(sealed, associated(personId, field)), StandardCharsets.UTF_8));
        } catch (GeneralSecurityException notTheirs) {
            return Optional.empty();
        }
    }

    /**
     * A text field as the store keeps it: {@code sealed:} and the value sealed for the person, in Base64, so that the
     * field stays text. A value sealed already is left as it is.
     */
    public String sealText(String personId, String field, String value) {
        if (value == null || value.startsWith(SEALED_TEXT)) {
            return value;
        }
        return SEALED_TEXT + Base64.getEncoder().withoutPadding().encodeToString(seal(personId, field, value));
    }

    /** Whether a stored text is one {@link #sealText} made. */
    public static boolean isSealedText(String stored) {
        return stored != null && stored.startsWith(SEALED_TEXT);
    }

    /** The text of a field kept by {@link #sealText}: null once the person's key is gone; a value stored in clear before, as it is. */
    public String openText(String personId, String field, String stored) {
        if (stored == null || !stored.startsWith(SEALED_TEXT)) {
            return stored;
        }
        return open(personId, field, Base64.getDecoder().decode(stored.substring(SEALED_TEXT.length()))).orElse(null);
    }

    /**
     * Reads the data keys of these people that are not cached yet in one query, so that a page of people opens with
     * one key-vault read instead of one per person.
     */
    public void warm(Collection<String> personIds) {
        List<String> missing;
        synchronized (cache) {
            missing = personIds.stream().distinct().filter(id -> !cache.containsKey(id)).toList();
        }
        if (missing.size() < 2) {
            return;
        }
        for (PersonKey stored : vault.find(Query.query(Criteria.where("_id").in(missing)), PersonKey.class)) {
            try {
                cached(stored);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("the data key of " + stored.personId() + " cannot be used", e);
            }
        }
    }

    /** Destroys the person's data key: what was sealed with it cannot be opened again, anywhere. */
    public void forget(String personId) {
        synchronized (cache) {
            cache.remove(personId);
        }
        vault.remove(Query.query(Criteria.where("_id").is(personId)), PersonKey.class);
    }

    /** Whether the person still has a data key. */
    public boolean holds(String personId) {
        // Found by id, not exists(): that is a count, which the MongoDB-wire store answers by reading the whole vault.
        return vault.findById(personId, PersonKey.class) != null;
    }

    /**
     * Wraps every data key again under the master key's current primary (after {@link MasterKeys#rotate()}), one
     * at a time: each is readable throughout, through the old master key until it is rewrapped and the new one after.
     */
    public int rewrapAll() {
        int rewrapped = 0;
        for (PersonKey stored : vault.findAll(PersonKey.class)) {
            try {
                byte[] again = wrap(unwrap(stored), stored.personId());
                // An update, never a save: a person erased meanwhile must not get their key back.
                rewrapped += (int) vault.updateFirst(Query.query(Criteria.where("_id").is(stored.personId())),
                        new Update().set("wrapped", again).set("wrappedAt", Instant.now(clock)), PersonKey.class).getModifiedCount();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("the data key of " + stored.personId() + " could not be rewrapped", e);
            }
        }
        return rewrapped;
    }

    private Optional<Aead> keyOf(String personId, boolean makeIfMissing) {
        synchronized (cache) {
            Aead cached = cache.get(personId);
            if (cached != null) {
                return Optional.of(cached);
            }
        }
        try {
            PersonKey stored = vault.findById(personId, PersonKey.class);
            if (stored == null) {
                if (!makeIfMissing) {
                    return Optional.empty();
                }
                stored = make(personId);
            }
            return Optional.of(cached(stored));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the data key of " + personId + " cannot be used", e);
        }
    }

    private Aead cached(PersonKey stored) throws GeneralSecurityException {
        Aead aead = unwrap(stored).getPrimitive(RegistryConfiguration.get(), Aead.class);
        synchronized (cache) {
            cache.put(stored.personId(), aead);
        }
        return aead;
    }

    private PersonKey make(String personId) throws GeneralSecurityException {
        Instant now = Instant.now(clock);
        PersonKey made = new PersonKey(personId, wrap(KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM), personId), now, now);
        try {
            return vault.insert(made);
        } catch (DuplicateKeyException madeMeanwhile) {
            return vault.findById(personId, PersonKey.class);
        }
    }

    private byte[] wrap(KeysetHandle key, String personId) throws GeneralSecurityException {
        return TinkProtoKeysetFormat.serializeEncryptedKeyset(key, masterKeys.master(), personId.getBytes(StandardCharsets.UTF_8),
                RegistryConfiguration.get());
    }

    private KeysetHandle unwrap(PersonKey stored) throws GeneralSecurityException {
        try {
            return unwrapWith(masterKeys.master(), stored);
        } catch (GeneralSecurityException unknownMasterKey) {
            // Wrapped by another instance under a master key it rotated to after this one read the keyset.
            return unwrapWith(masterKeys.reload(), stored);
        }
    }

    private static KeysetHandle unwrapWith(Aead master, PersonKey stored) throws GeneralSecurityException {
        return TinkProtoKeysetFormat.parseEncryptedKeyset(stored.wrapped(), master, stored.personId().getBytes(StandardCharsets.UTF_8),
                RegistryConfiguration.get());
    }

    private static byte[] associated(String personId, String field) {
        return (personId + "/" + field).getBytes(StandardCharsets.UTF_8);
    }
}
