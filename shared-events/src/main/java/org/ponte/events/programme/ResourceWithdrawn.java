package org.ponte.events.programme;

import org.ponte.events.vocabulary.ResourceType;

import java.time.Instant;

import static org.ponte.events.Require.present;

/** A published guide or publication was withdrawn: it is no longer offered, and stops counting. */
public record ResourceWithdrawn(
        String resourceId,
        String officeId,
        ResourceType type,
        String withdrawnBy,
        Instant withdrawnAt) implements ResourceEvent {

    public ResourceWithdrawn {
        present(resourceId, "resourceId");
        present(officeId, "officeId");
        present(type, "type");
        present(withdrawnBy, "withdrawnBy");
        present(withdrawnAt, "withdrawnAt");
    }
}
