package org.ponte.auth;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A misconfigured account stops the server at start-up instead of issuing tokens that services refuse. */
class AccessGrantTest {

    @Test
    void technicianNeedsAnOffice() {
        assertThatThrownBy(() -> new AccessGrant(List.of("TECHNICIAN"), null, null, null).check("ana"))
                .hasMessage("ana is a technician or manager without an office-id");
    }

    @Test
    void partnerNeedsAPartnerOrganisation() {
        assertThatThrownBy(() -> new AccessGrant(List.of("PARTNER"), "lisboa", null, null).check("eva"))
                .hasMessage("eva is a partner without a partner-id");
    }

    @Test
    void unknownRolesAndAccountsWithoutRolesAreRefused() {
        assertThatThrownBy(() -> new AccessGrant(List.of("SUPERUSER"), null, null, null).check("x")).hasMessageContaining("unknown role SUPERUSER");
        assertThatThrownBy(() -> new AccessGrant(List.of(), null, null, null).check("x")).hasMessage("x has no role");
    }

    @Test
    void onlyACoordinatorWorksInARegion() {
        assertThatCode(() -> new AccessGrant(List.of("COORDINATOR"), null, null, "PT11").check("ivo")).doesNotThrowAnyException();
        assertThatThrownBy(() -> new AccessGrant(List.of("MANAGER"), "porto", null, "PT11").check("x"))
                .hasMessage("x has a region but is no coordinator");
    }

    @Test
    void administratorsNeedNoScope() {
        assertThatCode(() -> new AccessGrant(List.of("ADMIN"), null, null, null).check("admin")).doesNotThrowAnyException();
    }
}
