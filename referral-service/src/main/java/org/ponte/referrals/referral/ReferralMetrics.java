package org.ponte.referrals.referral;

import io.micrometer.core.instrument.MeterRegistry;
import org.ponte.events.vocabulary.ReferralStatus;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * The referral meters, in one place, whoever moved the referral (a technician, a partner, or a case event):
 * <ul>
 *   <li>{@code ponte.referrals.transitions{status, area}}: referrals that reached each status, by area;</li>
 *   <li>{@code ponte.referrals.first_response{area}}: from request to the partner's accept or decline;</li>
 *   <li>{@code ponte.referrals.overdue}: pending referrals flagged overdue now, counted when scraped.</li>
 * </ul>
 */
@Component
class ReferralMetrics {

    private final MeterRegistry meters;

    ReferralMetrics(MeterRegistry meters, Referrals referrals) {
        this.meters = meters;
        meters.gauge("ponte.referrals.overdue", referrals, repository -> repository.countByStatusAndOverdueTrue(ReferralStatus.PENDING));
    }

    /** Counts the status the referral reached; {@code before} is its status before the step (null for a new one). */
    void stepped(Referral referral, ReferralStatus before) {
        meters.counter("ponte.referrals.transitions", "status", referral.status().name(), "area", referral.area().name()).increment();
        if (before == ReferralStatus.PENDING && referral.firstResponseAt() != null) {
            meters.timer("ponte.referrals.first_response", "area", referral.area().name())
                    .record(Duration.between(referral.requestedAt(), referral.firstResponseAt()));
        }
    }
}
