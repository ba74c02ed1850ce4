package org.ponte.programme.activity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Activity rules ({@code ponte.programme.activities.*}).
 *
 * @param replicaWait how long an activity waits for a person registered, or a partner added, a moment ago to arrive from the other services' events
 */
@ConfigurationProperties("ponte.programme.activities")
record ActivityProperties(@DefaultValue("3s") Duration replicaWait) {
}
