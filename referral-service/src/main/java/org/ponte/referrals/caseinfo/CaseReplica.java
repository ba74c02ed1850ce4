package org.ponte.referrals.caseinfo;

import org.ponte.platform.messaging.EventHandlers;
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

    /** What this replica takes from case-events; the others (attendances, mentoring…) are passed over. */
    EventHandlers handlers() {
        return EventHandlers.create()
                .on(CaseOpened.class, this::opened)
                .on(CaseClosed.class, closed -> {
                    setStatus(closed.caseId(), CaseStatus.CLOSED);
                    reaction.caseClosed(closed.caseId(), closed.closedBy());
                })
                .on(CaseReopened.class, reopened -> setStatus(reopened.caseId(), CaseStatus.OPEN))
                .on(BeneficiaryRegistered.class, registered -> setConsent(registered.beneficiaryId(), registered.consent()))
                .on(ConsentChanged.class, this::consentChanged)
                .on(BeneficiaryErased.class, this::erased);
    }

    private void opened(CaseOpened opened) {
        KnownCase known = cases.findById(opened.caseId()).orElseGet(KnownCase::new);
        known.caseId = opened.caseId();
        known.caseNumber = opened.caseNumber();
        known.beneficiaryId = opened.beneficiaryId();
        known.officeId = opened.officeId();
        known.status = known.status == null ? CaseStatus.OPEN : known.status;
        cases.save(known);
    }

    private void consentChanged(ConsentChanged changed) {
        setConsent(changed.beneficiaryId(), changed.consent());
        if (!(changed.consent().dataProcessing() && changed.consent().shareWithPartners())) {
            reaction.sharingWithdrawn(changed.beneficiaryId(), changed.changedBy());
        }
    }

    private void erased(BeneficiaryErased erased) {
        KnownConsent known = consents.findById(erased.beneficiaryId()).orElseGet(KnownConsent::new);
        known.beneficiaryId = erased.beneficiaryId();
        known.erased = true;
        consents.save(known);
        reaction.personErased(erased.beneficiaryId());
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
