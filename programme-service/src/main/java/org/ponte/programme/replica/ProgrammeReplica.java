package org.ponte.programme.replica;

import org.ponte.events.cases.BeneficiaryErased;
import org.ponte.events.cases.BeneficiaryRegistered;
import org.ponte.events.partners.PartnerDeactivated;
import org.ponte.events.partners.PartnerUpserted;
import org.ponte.platform.messaging.EventHandlers;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What programme-service knows of the people and partners that take part in activities: which person ids are
 * registered at which office (from case-events), which partners are in the directory (from partner-directory).
 * Ids only; a person's data stays in case-service.
 */
@Component
public class ProgrammeReplica {

    private final KnownPeople people;
    private final KnownPartners partners;
    private final Clock clock;

    ProgrammeReplica(KnownPeople people, KnownPartners partners, Clock clock) {
        this.people = people;
        this.partners = partners;
        this.clock = clock;
    }

    EventHandlers caseEvents() {
        return EventHandlers.create()
                .on(BeneficiaryRegistered.class, registered -> {
                    KnownPerson person = people.findById(registered.beneficiaryId()).orElseGet(KnownPerson::new);
                    person.beneficiaryId = registered.beneficiaryId();
                    person.officeId = registered.officeId();
                    people.save(person);
                })
                .on(BeneficiaryErased.class, erased -> {
                    KnownPerson person = people.findById(erased.beneficiaryId()).orElseGet(KnownPerson::new);
                    person.beneficiaryId = erased.beneficiaryId();
                    person.officeId = erased.officeId();
                    person.erased = true;
                    people.save(person);
                });
    }

    /** A snapshot replaces the copy only if its revision is newer, so replays and old snapshots change nothing. */
    EventHandlers partnerDirectory() {
        return EventHandlers.create()
                .on(PartnerUpserted.class, upserted -> {
                    KnownPartner partner = partners.findById(upserted.partnerId()).orElseGet(KnownPartner::new);
                    if (partner.partnerId == null || partner.revision < upserted.revision()) {
                        partner.partnerId = upserted.partnerId();
                        partner.active = upserted.active();
                        partner.revision = upserted.revision();
                        partners.save(partner);
                    }
                })
                .on(PartnerDeactivated.class, deactivated -> partners.findById(deactivated.partnerId())
                        .filter(partner -> partner.revision < deactivated.revision()).ifPresent(partner -> {
                            partner.active = false;
                            partner.revision = deactivated.revision();
                            partners.save(partner);
                        }));
    }

    /**
     * Of these person ids, those that are not people of the office. A person registered a moment ago may not have
     * arrived from case-events yet, so an id not yet known is waited for, up to {@code patience}.
     */
    public Set<String> notPeopleOf(String officeId, Collection<String> beneficiaryIds, Duration patience) {
        Map<String, KnownPerson> known = awaitAll(beneficiaryIds, people::findAllById, KnownPerson::beneficiaryId, patience);
        Set<String> refused = new HashSet<>(beneficiaryIds);
        known.values().stream().filter(person -> person.isOf(officeId)).forEach(person -> refused.remove(person.beneficiaryId));
        return refused;
    }

    /** Of these partner ids, those not in the directory as active partners; one added a moment ago is waited for too. */
    public Set<String> notActivePartners(Collection<String> partnerIds, Duration patience) {
        Map<String, KnownPartner> known = awaitAll(partnerIds, partners::findAllById, KnownPartner::partnerId, patience);
        Set<String> refused = new HashSet<>(partnerIds);
        known.values().stream().filter(KnownPartner::active).forEach(partner -> refused.remove(partner.partnerId));
        return refused;
    }

    /** What the replica holds of these ids, asking again for the missing ones until they arrive or {@code patience} runs out. */
    private <T> Map<String, T> awaitAll(Collection<String> ids, Function<Set<String>, Iterable<T>> find, Function<T, String> idOf,
                                        Duration patience) {
        Map<String, T> found = new HashMap<>();
        Set<String> missing = new HashSet<>(ids);
        Instant deadline = Instant.now(clock).plus(patience);
        while (!missing.isEmpty()) {
            find.apply(missing).forEach(known -> found.put(idOf.apply(known), known));
            missing.removeAll(found.keySet());
            if (missing.isEmpty() || !Instant.now(clock).isBefore(deadline)) {
                break;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return found;
    }
}
