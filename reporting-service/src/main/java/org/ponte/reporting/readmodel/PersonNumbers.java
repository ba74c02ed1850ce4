package org.ponte.reporting.readmodel;

/**
 * A small number for each person id the read model has met, in the order met, so that the sets of people of each
 * office and month are compact bitmaps. The ids are kept as 128 bits in a primitive table (person ids are UUIDs):
 * about 27 bytes a person. Only ids: the read model never holds a person's data.
 */
final class PersonNumbers {

    private final IdSet.Id128Table numbers = new IdSet.Id128Table();

    int of(String personId) {
        int next = numbers.size();
        int known = numbers.put(IdSet.Id128.of(personId), next);
        return known >= 0 ? known : next;
    }

    int size() {
        return numbers.size();
    }
}
