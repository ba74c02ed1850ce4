package org.ponte.notifications;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.Map;

/**
 * notification-service settings ({@code ponte.notifications.*}).
 *
 * @param frontendUrl             where links in notifications point
 * @param mailFrom                the sender of e-mails
 * @param secretKey               base64 of the 256-bit AES key that sealed webhook secrets before they were sealed per endpoint
 *                                under the master key: kept only to open (and seal anew) secrets stored by an earlier version
 * @param allowPrivateAddresses   whether webhook URLs may point at loopback or private addresses (local stack and tests only)
 * @param maxAttempts             attempts of one delivery before it is DEAD
 * @param initialBackOff          the first pause between attempts; doubled each time, with jitter
 * @param maxBackOff              the longest pause between attempts
 * @param webhookTimeout          how long one webhook call may take
 * @param circuitFailureRate      percentage of failed calls to an endpoint that opens its circuit
 * @param circuitMinimumCalls     calls to an endpoint before its failure rate counts
 * @param circuitOpenFor          how long an open circuit stays open before trying again
 * @param dispatchInterval        the longest the dispatcher waits before it looks again at the deliveries it knows of
 * @param sweepInterval           how often the store is queried for every due delivery, for those this instance was
 *                                not told of (another instance's, or one whose attempt was cut short)
 * @param concurrentCalls         outbound calls at once (the bulkhead)
 * @param callsPerEndpoint        outbound calls at once to one webhook endpoint (or the SMTP server), so that a
 *                                slow endpoint holds at most this many of the bulkhead's threads
 * @param directoryWait           how long an e-mail waits for its partner to reach the directory copy before it is DEAD
 * @param officeEmails            each office's shared mailbox, where its technicians are told what falls due
 *                                ({@code ponte.notifications.office-emails.lisboa=claim-lisboa@example.pt})
 */
@ConfigurationProperties("ponte.notifications")
public record NotificationProperties(
        @DefaultValue("http://localhost:8080") String frontendUrl,
        @DefaultValue("ponte@localhost") String mailFrom,
        String secretKey,
        @DefaultValue("false") boolean allowPrivateAddresses,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("2s") Duration initialBackOff,
        @DefaultValue("10m") Duration maxBackOff,
        @DefaultValue("5s") Duration webhookTimeout,
        @DefaultValue("50") int circuitFailureRate,
        @DefaultValue("4") int circuitMinimumCalls,
        @DefaultValue("30s") Duration circuitOpenFor,
        @DefaultValue("500ms") Duration dispatchInterval,
        @DefaultValue("30s") Duration sweepInterval,
        @DefaultValue("8") int concurrentCalls,
        @DefaultValue("2") int callsPerEndpoint,
        @DefaultValue("10m") Duration directoryWait,
        @DefaultValue Map<String, String> officeEmails) {
}
