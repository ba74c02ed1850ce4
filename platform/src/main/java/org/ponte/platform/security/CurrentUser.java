package org.ponte.platform.security;

import org.ponte.platform.domain.NotAllowed;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Objects;
import java.util.Set;

/**
 * Who is calling, as the bearer token says: the user or API client id, the roles and the scope they work in.
 * Controllers take it with {@code @AuthenticationPrincipal CurrentUser user}; services ask it the
 * object-level questions ({@code user.requireOffice(aCase.officeId())}).
 *
 * @param id        the token's subject: a person's user name or an API client id
 * @param officeId  the office of a technician or manager; absent for partners and administrators
 * @param partnerId the partner organisation of a partner user; absent otherwise
 * @param region    the NUTS II region a coordinator coordinates; absent for a coordinator of the whole network
 */
public record CurrentUser(String id, Set<Role> roles, String officeId, String partnerId, String region) {

    public CurrentUser {
        Objects.requireNonNull(id, "id");
        roles = Set.copyOf(roles);
    }

    /** Anyone but a regional coordinator. */
    public CurrentUser(String id, Set<Role> roles, String officeId, String partnerId) {
        this(id, roles, officeId, partnerId, null);
    }

    /** The caller of the current request; fails when there is none (a listener or job has no current user). */
    public static CurrentUser current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
            return user;
        }
        throw new IllegalStateException("no authenticated Ponte user in this thread");
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    /** Technicians and managers of the office, and administrators, may act on the office's data. */
    public boolean worksFor(String officeId) {
        return isAdmin() || ((has(Role.TECHNICIAN) || has(Role.MANAGER)) && Objects.equals(this.officeId, officeId));
    }

    /** A technician of the office (or an administrator): the ones who may see and change personal data. */
    public boolean isTechnicianOf(String officeId) {
        return isAdmin() || (has(Role.TECHNICIAN) && Objects.equals(this.officeId, officeId));
    }

    /** Users of the partner organisation, and administrators, may act on what is addressed to it. */
    public boolean represents(String partnerId) {
        return isAdmin() || (has(Role.PARTNER) && Objects.equals(this.partnerId, partnerId));
    }

    /** A technician of any office or an administrator, the people who do case work; anyone else is refused with {@code why}. */
    public void requireCaseWorker(String why) {
        if (!has(Role.TECHNICIAN) && !isAdmin()) {
            throw new NotAllowed(why);
        }
    }

    public void requireOffice(String officeId) {
        if (!worksFor(officeId)) {
            throw new NotAllowed("this belongs to another office");
        }
    }

    public void requireTechnicianOf(String officeId) {
        if (!isTechnicianOf(officeId)) {
            throw new NotAllowed("only technicians of the office may do this");
        }
    }

    public void requirePartner(String partnerId) {
        if (!represents(partnerId)) {
            throw new NotAllowed("this is addressed to another partner");
        }
    }
}
