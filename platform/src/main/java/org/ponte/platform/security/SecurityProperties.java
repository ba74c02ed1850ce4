package org.ponte.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a service checks its callers. The token issuer itself is Spring Boot's
 * {@code spring.security.oauth2.resourceserver.jwt.*} (issuer-uri or jwk-set-uri).
 *
 * @param claims        where the token keeps roles, office and partner ({@code ponte.security.claims.*})
 * @param publicMetrics whether {@code /actuator/prometheus} answers without a token: only where the
 *                      management network is private (the local stack, docker-compose); otherwise ADMIN only
 */
@ConfigurationProperties("ponte.security")
public record SecurityProperties(@DefaultValue TokenClaims claims, @DefaultValue("false") boolean publicMetrics) {
}
