package org.ponte.platform.security;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the token keeps roles and scope, so that another OpenID Connect provider can be used by configuration
 * alone. Dotted paths reach into nested claims: Keycloak keeps realm roles in {@code realm_access.roles}.
 *
 * @param roles     claim with the list of roles (or one role as a string)
 * @param officeId  claim with the office of technicians and managers
 * @param partnerId claim with the partner organisation of partner users
 * @param region    claim with the NUTS II region of a regional coordinator
 */
public record TokenClaims(
        @DefaultValue("roles") String roles,
        @DefaultValue("officeId") String officeId,
        @DefaultValue("partnerId") String partnerId,
        @DefaultValue("region") String region) {
}
