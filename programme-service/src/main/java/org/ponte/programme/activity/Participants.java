package org.ponte.programme.activity;

import org.ponte.events.vocabulary.ParticipantCategory;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Who took part in an activity: registered people by id, staff by user id, partner organisations by id, and a
 * head count per category of everyone else. Repeated ids count once.
 */
public record Participants(List<String> beneficiaryIds, List<String> staffIds, List<String> partnerIds,
                           Map<ParticipantCategory, Integer> anonymous) {

    public Participants {
        beneficiaryIds = distinct(beneficiaryIds);
        staffIds = distinct(staffIds);
        partnerIds = distinct(partnerIds);
        Map<ParticipantCategory, Integer> counts = new EnumMap<>(ParticipantCategory.class);
        if (anonymous != null) {
            anonymous.forEach((category, count) -> {
                if (count != null && count > 0) {
                    counts.put(category, count);
                }
            });
        }
        anonymous = Map.copyOf(counts);
    }

    public int total() {
        return beneficiaryIds.size() + staffIds.size() + anonymous.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static List<String> distinct(List<String> ids) {
        return ids == null ? List.of() : List.copyOf(new LinkedHashSet<>(ids));
    }
}
