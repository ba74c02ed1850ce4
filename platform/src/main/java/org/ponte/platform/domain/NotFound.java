package org.ponte.platform.domain;

import java.util.Map;

/** Nothing of that id, or nothing the caller may see: the two are answered alike (404), so neither is learnt. */
public final class NotFound extends DomainException {

    public NotFound(String what) {
        super("not-found", what + " does not exist or is not visible to you.", Map.of());
    }
}
