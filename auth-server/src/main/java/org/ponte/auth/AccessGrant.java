package org.ponte.auth;

import java.util.List;
import java.util.Set;

/**
 * What a person or API client may do: roles, and the office or partner organisation they work for. Checked
 * at start-up, so that no token can ever carry a scoped role without its scope.
 */
record AccessGrant(List<String> roles, String officeId, String partnerId, String region) {

    static final Set<String> ROLES = Set.of("TECHNICIAN", "PARTNER", "MANAGER", "COORDINATOR", "ADMIN", "SERVICE");

    AccessGrant {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    /** Fails with a message that names the account if the grant is not one Ponte's services would accept. */
    void check(String account) {
        if (roles.isEmpty()) {
            throw new IllegalStateException(account + " has no role");
        }
        for (String role : roles) {
            if (!ROLES.contains(role)) {
                throw new IllegalStateException(account + " has unknown role " + role + "; use one of " + ROLES);
            }
        }
        if ((roles.contains("TECHNICIAN") || roles.contains("MANAGER")) && isBlank(officeId)) {
            throw new IllegalStateException(account + " is a technician or manager without an office-id");
        }
        if (!isBlank(region) && !roles.contains("COORDINATOR")) {
            throw new IllegalStateException(account + " has a region but is no coordinator");
        }
        if (roles.contains("PARTNER") && isBlank(partnerId)) {
            throw new IllegalStateException(account + " is a partner without a partner-id");
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
