package org.ponte.platform.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;

import java.util.Collection;
import java.util.Map;

/** An authenticated bearer token whose principal is the {@link CurrentUser}; the JWT stays available to relay. */
public final class CurrentUserAuthentication extends AbstractOAuth2TokenAuthenticationToken<Jwt> {

    private final CurrentUser user;

    CurrentUserAuthentication(Jwt jwt, CurrentUser user, Collection<? extends GrantedAuthority> authorities) {
        super(jwt, user, jwt, authorities);
        this.user = user;
        setAuthenticated(true);
    }

    public CurrentUser user() {
        return user;
    }

    @Override
    public Map<String, Object> getTokenAttributes() {
        return getToken().getClaims();
    }

    @Override
    public String getName() {
        return user.id();
    }
}
