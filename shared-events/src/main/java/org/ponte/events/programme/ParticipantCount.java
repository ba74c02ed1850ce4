package org.ponte.events.programme;

import org.ponte.events.vocabulary.ParticipantCategory;

import static org.ponte.events.Require.present;

/** How many people of one category took part without being registered in Ponte. */
public record ParticipantCount(ParticipantCategory category, int count) {

    public ParticipantCount {
        present(category, "category");
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
    }
}
