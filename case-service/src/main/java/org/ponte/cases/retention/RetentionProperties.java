package org.ponte.cases.retention;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.time.Period;
import java.util.Map;

/**
 * How long a person's data is kept after their last case closed ({@code ponte.cases.retention.*}).
 *
 * @param period  after the last closure, by default (five years)
 * @param offices an office's own period ({@code ponte.cases.retention.offices.porto=P3Y})
 * @param check   how often closed cases are looked at
 */
@ConfigurationProperties("ponte.cases.retention")
record RetentionProperties(@DefaultValue("P5Y") Period period, @DefaultValue Map<String, Period> offices,
                           @DefaultValue("1h") Duration check) {

    Period periodOf(String officeId) {
        return offices.getOrDefault(officeId, period);
    }
}
