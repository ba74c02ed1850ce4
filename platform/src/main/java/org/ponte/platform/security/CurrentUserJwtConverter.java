package org.ponte.platform.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a verified JWT into the {@link CurrentUser}: roles become {@code ROLE_…} authorities, office and
 * partner claims the user's scope. A token that gives a scoped role without its scope is refused as invalid
 * (401), so that no code ever has to guess which office a technician works for.
 */
final class CurrentUserJwtConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final TokenClaims claims;

    CurrentUserJwtConverter(TokenClaims claims) {
        this.claims = claims;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Set<Role> roles = roles(jwt);
        String officeId = text(claim(jwt, claims.officeId()));
        String partnerId = text(claim(jwt, claims.partnerId()));
        if ((roles.contains(Role.TECHNICIAN) || roles.contains(Role.MANAGER)) && officeId == null) {
            throw new InvalidBearerTokenException("the token gives an office role without " + claims.officeId());
        }
        if (roles.contains(Role.PARTNER) && partnerId == null) {
            throw new InvalidBearerTokenException("the token gives the PARTNER role without " + claims.partnerId());
        }
        String subject = Optional.ofNullable(jwt.getSubject()).orElseThrow(() -> new InvalidBearerTokenException("the token has no subject"));
        String region = roles.contains(Role.COORDINATOR) ? text(claim(jwt, claims.region())) : null;
        CurrentUser user = new CurrentUser(subject, roles, officeId, partnerId, region);
        List<GrantedAuthority> authorities = new ArrayList<>();
        roles.forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        return new CurrentUserAuthentication(jwt, user, authorities);
    }

    private Set<Role> roles(Jwt jwt) {
        Object value = claim(jwt, claims.roles());
        Collection<?> names = value instanceof Collection<?> list ? list : value == null ? List.of() : List.of(value);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        names.forEach(name -> Role.parse(String.valueOf(name)).ifPresent(roles::add));
        return roles;
    }

    /**
     * The claim of that exact name, or else the claim at a dotted path such as {@code realm_access.roles}: some
     * providers put dots in flat claim names (Entra ID's {@code extn.officeId}), Keycloak nests them.
     */
    private static Object claim(Jwt jwt, String path) {
        if (jwt.getClaims().containsKey(path)) {
            return jwt.getClaims().get(path);
        }
        Object value = jwt.getClaims();
        for (String step : path.split("\\.")) {
            if (!(value instanceof Map<?, ?> map)) {
                return null;
            }
            value = map.get(step);
        }
        return value;
    }

    private static String text(Object value) {
        return value == null || String.valueOf(value).isBlank() ? null : String.valueOf(value);
    }
}
