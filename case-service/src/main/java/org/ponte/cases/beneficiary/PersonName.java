package org.ponte.cases.beneficiary;

import java.text.Normalizer;
import java.util.Locale;

/** How names are compared: without accents, case or extra spaces, so "José  Gonçalves" finds "jose goncalves". */
final class PersonName {

    private PersonName() {
    }

    static String key(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }
}
