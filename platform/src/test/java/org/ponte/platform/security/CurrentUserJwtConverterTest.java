package org.ponte.platform.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Claims where other OpenID Connect providers put them: nested (Keycloak) or flat with dots in the name (Entra ID). */
class CurrentUserJwtConverterTest {

    @Test
    void rolesNestedInAnObjectAreFoundByTheirDottedPath() {
        CurrentUserJwtConverter keycloak = new CurrentUserJwtConverter(new TokenClaims("realm_access.roles", "office_id", "partner_id", "region"));

        CurrentUser user = userOf(keycloak, Map.of("realm_access", Map.of("roles", List.of("technician", "offline_access")),
                "office_id", "lisboa"));

        assertThat(user.roles()).containsExactly(Role.TECHNICIAN);
        assertThat(user.officeId()).isEqualTo("lisboa");
    }

    @Test
    void aFlatClaimWhoseNameHasDotsIsFoundByItsExactName() {
        CurrentUserJwtConverter entra = new CurrentUserJwtConverter(new TokenClaims("roles", "extn.officeId", "extn.partnerId", "extn.region"));

        CurrentUser user = userOf(entra, Map.of("roles", List.of("Manager"), "extn.officeId", "porto"));

        assertThat(user.roles()).containsExactly(Role.MANAGER);
        assertThat(user.officeId()).isEqualTo("porto");
    }

    @Test
    void aCoordinatorWorksInTheRegionItsTokenNamesAndAnyoneElseInNone() {
        CurrentUserJwtConverter converter = new CurrentUserJwtConverter(new TokenClaims("roles", "officeId", "partnerId", "region"));

        assertThat(userOf(converter, Map.of("roles", List.of("COORDINATOR"), "region", "PT11")).region()).isEqualTo("PT11");
        assertThat(userOf(converter, Map.of("roles", List.of("COORDINATOR"))).region()).isNull();
        assertThat(userOf(converter, Map.of("roles", List.of("MANAGER"), "officeId", "porto", "region", "PT11")).region()).isNull();
    }

    private static CurrentUser userOf(CurrentUserJwtConverter converter, Map<String, Object> claims) {
        Jwt.Builder jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject("u-1")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60));
        claims.forEach(jwt::claim);
        return ((CurrentUserAuthentication) converter.convert(jwt.build())).user();
    }
}
