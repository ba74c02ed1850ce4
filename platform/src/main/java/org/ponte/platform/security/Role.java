package org.ponte.platform.security;

import java.util.Locale;
import java.util.Optional;

/** Who may use Ponte, and for what; each role but ADMIN works within a scope carried by the token. */
public enum Role {

    /** Works on the cases of one office ({@code officeId}). */
    TECHNICIAN,
    /** Answers the referrals addressed to one partner organisation ({@code partnerId}). */
    PARTNER,
    /** Reads the reports of one office ({@code officeId}); never personal data. */
    MANAGER,
    /**
     * Reads the aggregated figures of every office of the network, or of one NUTS II region's offices when the
     * token names the {@code region}; never personal data.
     */
    COORDINATOR,
    /** Keeps the directory, plans and targets; reads the audit log. */
    ADMIN,
    /** Another Ponte service acting on its own (client credentials): only the internal endpoints that name it. */
    SERVICE;

    /** The Spring Security authority of the role: {@code ROLE_TECHNICIAN}… */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Reads a role as identity providers spell it: {@code TECHNICIAN}, {@code technician} or {@code ROLE_TECHNICIAN}. */
    static Optional<Role> parse(String value) {
        String name = value.trim().toUpperCase(Locale.ROOT);
        if (name.startsWith("ROLE_")) {
            name = name.substring("ROLE_".length());
        }
        for (Role role : values()) {
            if (role.name().equals(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
