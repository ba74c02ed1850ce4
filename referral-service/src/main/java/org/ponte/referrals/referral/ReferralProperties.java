package org.ponte.referrals.referral;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.time.ZoneId;

/**
 * Referral rules ({@code ponte.referrals.*}).
 *
 * @param urgentResponseDays  working days a partner has to answer an urgent referral, unless its own protocol says otherwise
 * @param routineResponseDays the same for a routine referral
 * @param timeZone            where working days are counted
 * @param replicaWait         how long a referral waits for a case created a moment ago to arrive from case-events
 * @param overdueCheck        how often pending referrals are checked against their deadline
 */
@ConfigurationProperties("ponte.referrals")
record ReferralProperties(
        @DefaultValue("2") int urgentResponseDays,
        @DefaultValue("5") int routineResponseDays,
        @DefaultValue("Europe/Lisbon") ZoneId timeZone,
        @DefaultValue("3s") Duration replicaWait,
        @DefaultValue("60s") Duration overdueCheck) {
}
