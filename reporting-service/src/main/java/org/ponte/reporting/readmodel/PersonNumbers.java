package org.ponte.reporting.readmodel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small number for each person id the read model has met, in the order met, so that the sets of people of each
 * office and month are compact bitmaps. Only ids: the read model never holds a person's data.
 */
final class PersonNumbers {

    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<String> ids = new ArrayList<>();

    int of(String personId) {
        Integer known = numbers.get(personId);
        if (known != null) {
            return known;
        }
        int number = ids.size();
        numbers.put(personId, number);
        ids.add(personId);
        return number;
    }

    int size() {
        return ids.size();
    }
}
