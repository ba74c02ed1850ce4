package org.ponte.referrals.referral;

import org.ponte.events.vocabulary.ReferralStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;

/**
 * Flags pending referrals whose partner did not answer by the deadline, each once: the flag is part of the
 * referral and its save is version-checked, so two runs (or two instances) emit one ReferralOverdue.
 */
@Component
public class OverdueCheck {

    private static final Logger log = LoggerFactory.getLogger(OverdueCheck.class);

    private final Referrals referrals;
    private final Clock clock;

    OverdueCheck(Referrals referrals, Clock clock) {
        this.referrals = referrals;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${ponte.referrals.overdue-check:60s}", initialDelayString = "${ponte.referrals.overdue-check:60s}")
    void scheduled() {
        flagOverdue(Instant.now(clock));
    }

    /** Flags what is overdue at {@code now}; returns how many referrals it flagged. */
    public int flagOverdue(Instant now) {
        int flagged = 0;
        for (Referral referral : referrals.findByStatusAndOverdueFalseAndRespondByBefore(ReferralStatus.PENDING, now)) {
            if (referral.flagIfOverdue(now)) {
                try {
                    referrals.save(referral);
                    flagged++;
                } catch (OptimisticLockingFailureException changedMeanwhile) {
                    log.debug("referral {} changed while being flagged overdue; the next run looks again", referral.id());
                }
            }
        }
        return flagged;
    }
}
