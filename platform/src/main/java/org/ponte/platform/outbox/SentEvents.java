package org.ponte.platform.outbox;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The ids of the events this instance's relay sent lately. A request may load an aggregate while its outbox still
 * holds a message the relay is sending; saving it would put the message back after the relay removed it, and it
 * would go out twice. The encoder drops such messages before the save. Bounded: what falls out is at worst sent
 * again, which consumers drop by event id (delivery stays at least once).
 */
final class SentEvents {

    private static final int REMEMBERED = 10_000;

    private final Set<String> ids = Collections.synchronizedSet(Collections.newSetFromMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    }));

    void sent(String eventId) {
        ids.add(eventId);
    }

    boolean wasSent(String eventId) {
        return ids.contains(eventId);
    }
}
