package org.ponte.platform.domain;

import java.util.Map;

/** The request cannot be served as asked, whatever the state (answered 400). */
public final class InvalidRequest extends DomainException {

    public InvalidRequest(String reason, String message) {
        super(reason, message, Map.of());
    }
}
