package org.ponte.referrals.caseinfo;

import org.ponte.events.EventEnvelope;
import org.ponte.events.PonteEvent;
import org.ponte.events.cases.BeneficiaryErased;
import org.ponte.events.cases.BeneficiaryRegistered;
import org.ponte.events.cases.CaseClosed;
import org.ponte.events.cases.CaseOpened;
import org.ponte.events.cases.CaseReopened;
import org.ponte.events.cases.Consent;
import org.ponte.events.cases.ConsentChanged;
import org.ponte.events.vocabulary.CaseStatus;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * referral-service's own replica of cases and consent, kept from case-events. A case opened a moment ago
 * may not have arrived yet when it is referred: {@link #awaitCase} waits a short, bounded time for it on the
 * replica rather than calling case-service, so referrals never depend on case-service being up.
 */
@Component
public class CaseReplica {

    private final KnownCases cases;
    private final KnownConsents consents;
    private final CaseEventsReaction reaction;
    private final Clock clock;

    CaseReplica(KnownCases cases, KnownConsents consents, CaseEventsReaction reaction, Clock clock) {
        this.cases = cases;
        this.consents = consents;
        this.reaction = reaction;
        this.clock = clock;
    }

    /** The case-events {@link #apply} acts on; the others (attendances, mentoring…) are passed over. */
    static final Set<Class<? extends PonteEvent>> HANDLED = Set.of(CaseOpened.class, CaseClosed.class, CaseReopened.class,
            BeneficiaryRegistered.class, ConsentChanged.class, BeneficiaryErased.class);

    void apply(EventEnvelope<? extends PonteEvent> envelope) {
        PonteEvent event = envelope.data();
        if (event instanceof CaseOpened opened) {
            KnownCase facts = cases.findById(opened.caseId()).orElseGet(KnownCase::new);
            facts.caseId = opened.caseId();
            facts.caseNumber = opened.caseNumber();
            facts.beneficiaryId = opened.beneficiaryId();
            facts.officeId = opened.officeId();
            facts.status = facts.status == null ? CaseStatus.OPEN : facts.status;
            cases.save(facts);
        } else if (event instanceof CaseClosed closed) {
            setStatus(closed.caseId(), CaseStatus.CLOSED);
            reaction.caseClosed(closed.caseId(), closed.closedBy());
        } else if (event instanceof CaseReopened reopened) {
            setStatus(reopened.caseId(), CaseStatus.OPEN);
        } else if (event instanceof BeneficiaryRegistered registered) {
            setConsent(registered.beneficiaryId(), registered.consent());
        } else if (event instanceof ConsentChanged changed) {
            setConsent(changed.beneficiaryId(), changed.consent());
            if (!(changed.consent().dataProcessing() && changed.consent().shareWithPartners())) {
                reaction.sharingWithdrawn(changed.beneficiaryId(), changed.changedBy());
            }
        } else if (event instanceof BeneficiaryErased erased) {
            KnownConsent facts = consents.findById(erased.beneficiaryId()).orElseGet(KnownConsent::new);
            facts.beneficiaryId = erased.beneficiaryId();
            facts.erased = true;
            consents.save(facts);
            reaction.personErased(erased.beneficiaryId());
        }
    }

    /** The case, waiting up to {@code patience} for it to arrive from case-events. */
    public Optional<KnownCase> awaitCase(String caseId, Duration patience) {
        return awaitOnReplica(() -> cases.findById(caseId).filter(facts -> facts.officeId != null), patience);
    }

    /** The person's consent, waiting up to {@code patience} for their registration to arrive. */
    public Optional<KnownConsent> awaitConsent(String beneficiaryId, Duration patience) {
        return awaitOnReplica(() -> consents.findById(beneficiaryId), patience);
    }

    private <T> Optional<T> awaitOnReplica(Supplier<Optional<T>> lookUp, Duration patience) {
        Instant deadline = Instant.now(clock).plus(patience);
        Optional<T> found = lookUp.get();
        while (found.isEmpty() && Instant.now(clock).isBefore(deadline)) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
            found = lookUp.get();
        }
        return found;
    }

    public boolean sharingAllowed(String beneficiaryId) {
        return consents.findById(beneficiaryId).map(KnownConsent::allowsSharingWithPartners).orElse(false);
    }

    private void setStatus(String caseId, CaseStatus status) {
        KnownCase facts = cases.findById(caseId).orElseGet(KnownCase::new);
        facts.caseId = caseId;
        facts.status = status;
        cases.save(facts);
    }

    private void setConsent(String beneficiaryId, Consent consent) {
        KnownConsent facts = consents.findById(beneficiaryId).orElseGet(KnownConsent::new);
        facts.beneficiaryId = beneficiaryId;
        facts.dataProcessing = consent.dataProcessing();
        facts.shareWithPartners = consent.shareWithPartners();
        consents.save(facts);
    }
}
