package org.ponte.notifications.person;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How reminders reach people ({@code ponte.notifications.reminders.*}): their address is read from case-service
 * when the reminder is sent, with this service's own client-credentials token.
 *
 * @param caseServiceUrl where case-service answers
 * @param tokenUri       the authorization server's token endpoint
 * @param clientId       this service's client id there (granted the SERVICE role)
 * @param clientSecret   its secret, from the environment
 * @param timeout        how long one call to case-service may take
 */
@ConfigurationProperties("ponte.notifications.reminders")
public record ReminderProperties(@DefaultValue("http://localhost:8081") String caseServiceUrl,
                                 @DefaultValue("http://localhost:9000/oauth2/token") String tokenUri,
                                 @DefaultValue("notification-service") String clientId, String clientSecret,
                                 @DefaultValue("3s") Duration timeout) {
}
