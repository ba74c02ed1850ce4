package org.ponte.auth;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Puts Ponte's claims into access and ID tokens: {@code roles}, and {@code officeId} or {@code partnerId}
 * where the role works in one, plus the person's display {@code name}. The subject is the person who signed
 * in, or the API client itself for the client-credentials grant. The header names the key that signs. A refresh
 * for an account disabled or removed since the sign-in is refused ({@code invalid_grant}).
 */
final class PonteTokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final Accounts accounts;
    private final Supplier<String> signingKeyId;

    PonteTokenClaims(Accounts accounts, Supplier<String> signingKeyId) {
        this.accounts = accounts;
        this.signingKeyId = signingKeyId;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        // The key this instance signs with now; several are published while keys rotate.
        context.getJwsHeader().keyId(signingKeyId.get());
        boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
        boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
        if (!accessToken && !idToken) {
            return;
        }
        String subject = AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())
                ? context.getRegisteredClient().getClientId()
                : context.getPrincipal().getName();
        Optional<AccessGrant> granted = accounts.grantOf(subject);
        if (granted.isEmpty() && AuthorizationGrantType.REFRESH_TOKEN.equals(context.getAuthorizationGrantType())) {
            // A refresh does not sign the person in again: an account disabled or removed since must end here.
            throw new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_GRANT, "The account is disabled", null));
        }
        granted.ifPresent(grant -> context.getClaims().claims(claims -> {
            claims.put("roles", grant.roles());
            if (grant.officeId() != null) {
                claims.put("officeId", grant.officeId());
            }
            if (grant.partnerId() != null) {
                claims.put("partnerId", grant.partnerId());
            }
            if (grant.region() != null) {
                claims.put("region", grant.region());
            }
        }));
        accounts.nameOf(subject).ifPresent(name -> context.getClaims().claim("name", name));
    }
}
