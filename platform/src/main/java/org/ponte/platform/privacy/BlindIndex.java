package org.ponte.platform.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Keyed hashes of values that are stored only sealed, so that they can still be found by equality: the same value
 * gives the same hash under the service's index key ({@link MasterKeys}), and without that key a hash tells nothing
 * (HMAC-SHA256, Tink's PRF, 128 bits kept). Each hash is tied to its purpose ("name", "name+birth"), so hashes of one
 * kind cannot be matched against another.
 */
public class BlindIndex {

    /** Prefixes shorter than this are not indexed: "a" would match half the office. */
    private static final int SHORTEST_PREFIX = 2;

    private final MasterKeys keys;

    public BlindIndex(MasterKeys keys) {
        this.keys = keys;
    }

    /** The hash of one value for one purpose. */
    public String of(String purpose, String value) {
        try {
            byte[] hash = keys.index().computePrimary((purpose + '\u0000' + value).getBytes(StandardCharsets.UTF_8), 16);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a blind index could not be computed", e);
        }
    }

    /**
     * The hashes of every word and of every prefix of each word (from two letters): a record holding them is found by
     * any word, or the start of any word, of its value ("mar silv" finds "maria da silva").
     */
    public List<String> ofWordsAndPrefixes(String purpose, String normalised) {
        Set<String> hashes = new LinkedHashSet<>();
        for (String word : normalised.split(" ")) {
            for (int end = Math.min(SHORTEST_PREFIX, word.length()); end <= word.length(); end++) {
                if (end > 0) {
                    hashes.add(of(purpose, word.substring(0, end)));
                }
            }
        }
        return List.copyOf(hashes);
    }

    /** The hashes a search for these words looks for, each word as a prefix; empty when no word is long enough. */
    public List<String> ofQuery(String purpose, String normalised) {
        return java.util.Arrays.stream(normalised.split(" ")).filter(word -> word.length() >= SHORTEST_PREFIX)
                .map(word -> of(purpose, word)).distinct().toList();
    }
}
