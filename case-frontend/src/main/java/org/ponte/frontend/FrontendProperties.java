package org.ponte.frontend;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the services are, the issuer people sign in at, and where the front end itself reaches the authorization
 * server's API ({@code authServer}: the issuer, unless another address is nearer, as inside docker-compose's network)
 * ({@code ponte.frontend.*}).
 */
@ConfigurationProperties("ponte.frontend")
public record FrontendProperties(
        @DefaultValue("http://localhost:9000") String issuer,
        @DefaultValue("http://localhost:8081") String caseService,
        @DefaultValue("http://localhost:8082") String referralService,
        @DefaultValue("http://localhost:8083") String notificationService,
        @DefaultValue("http://localhost:8084") String reportingService,
        @DefaultValue("http://localhost:8085") String programmeService,
        @DefaultValue("http://localhost:9000") String authServer) {
}
