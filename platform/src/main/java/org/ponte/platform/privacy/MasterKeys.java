package org.ponte.platform.privacy;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.PrfConfig;
import com.google.crypto.tink.prf.PrfSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;

/**
 * The service's two secret keysets, kept as Tink JSON keysets in one directory (a mounted secret in production, the
 * local stack's data folder on one machine): the master key ({@code master-key.json}, AES-256-GCM), under which every
 * person's data key is stored wrapped, and the blind-index key ({@code index-key.json}, HMAC-SHA256 PRF), which makes
 * the keyed hashes that find sealed values. Missing keysets are made once, at first use, and written with owner-only
 * permissions. Rotation adds a new primary master key and keeps the old ones, so what they wrapped still opens until
 * it is wrapped again ({@link PersonKeys#rewrapAll()}).
 */
public final class MasterKeys {

    private static final Logger log = LoggerFactory.getLogger(MasterKeys.class);
    private static final String MASTER = "master-key.json";
    private static final String INDEX = "index-key.json";

    private final Path directory;
    private volatile KeysetHandle master;
    private volatile Aead masterAead;
    private volatile PrfSet index;

    static {
        try {
            AeadConfig.register();
            PrfConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    public MasterKeys(Path directory) {
        this.directory = directory;
    }

    /** The master key's AEAD (its primary key seals, every key of it opens). */
    Aead master() {
        load();
        return masterAead;
    }

    /** The blind-index key's PRF. */
    PrfSet index() {
        load();
        return index;
    }

    /** How many keys the master keyset holds: for the rotation's report. */
    public int size() {
        load();
        return master.size();
    }

    /** How many keys the master keyset holds, and which is primary: for the rotation's report. */
    public String describe() {
        load();
        return master.size() + " master keys, primary " + master.getPrimary().getId();
    }

    /** The master keyset read again from its file (another instance may have rotated it), and its AEAD. */
    synchronized Aead reload() {
        load();
        try {
            use(TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(directory.resolve(MASTER)), InsecureSecretKeyAccess.get()));
            return masterAead;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the master key in " + directory + " cannot be used", e);
        } catch (IOException e) {
            throw new UncheckedIOException("the master key in " + directory + " cannot be read", e);
        }
    }

    /** Adds a new master key and makes it primary; the old keys stay so that what they wrapped still opens. */
    public synchronized void rotate() {
        load();
        try {
            KeysetHandle rotated = KeysetHandle.newBuilder(master)
                    .addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM).withRandomId().makePrimary())
                    .build();
            write(directory.resolve(MASTER), TinkJsonProtoKeysetFormat.serializeKeyset(rotated, InsecureSecretKeyAccess.get()));
            use(rotated);
            log.info("master key rotated: {}", describe());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the master key could not be rotated", e);
        }
    }

    private void load() {
        if (masterAead != null) {
            return;
        }
        synchronized (this) {
            if (masterAead != null) {
                return;
            }
            try {
                Files.createDirectories(directory);
                KeysetHandle indexKeys = readOrMake(directory.resolve(INDEX), () -> KeysetHandle.generateNew(PredefinedPrfParameters.HMAC_SHA256_PRF));
                index = indexKeys.getPrimitive(RegistryConfiguration.get(), PrfSet.class);
                use(readOrMake(directory.resolve(MASTER), () -> KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM)));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("the keys in " + directory + " cannot be used", e);
            } catch (IOException e) {
                throw new UncheckedIOException("the keys in " + directory + " cannot be read", e);
            }
        }
    }

    private void use(KeysetHandle keys) throws GeneralSecurityException {
        Aead aead = keys.getPrimitive(RegistryConfiguration.get(), Aead.class);
        master = keys;
        masterAead = aead;
    }

    private interface NewKeyset {
        KeysetHandle make() throws GeneralSecurityException;
    }

    private static KeysetHandle readOrMake(Path file, NewKeyset newKeyset) throws GeneralSecurityException, IOException {
        if (Files.exists(file)) {
            return TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(file), InsecureSecretKeyAccess.get());
        }
        KeysetHandle made = newKeyset.make();
        write(file, TinkJsonProtoKeysetFormat.serializeKeyset(made, InsecureSecretKeyAccess.get()));
        log.warn("made a new key in {}: keep it with the data (without it, the data it protects cannot be read)", file);
        return made;
    }

    /** Written beside, then moved into place: a crash mid-write never leaves half a keyset. */
    private static void write(Path file, String keyset) {
        try {
            Path next = file.resolveSibling(file.getFileName() + ".next");
            Files.writeString(next, keyset);
            try {
                Files.setPosixFilePermissions(next, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // a file system without POSIX permissions keeps its own
            }
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("the key " + file + " could not be written", e);
        }
    }
}
