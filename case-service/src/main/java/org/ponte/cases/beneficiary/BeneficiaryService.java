package org.ponte.cases.beneficiary;

import org.ponte.platform.domain.Conflict;
import org.ponte.platform.domain.InvalidRequest;
import org.ponte.platform.domain.NotAllowed;
import org.ponte.platform.domain.NotFound;
import org.ponte.platform.domain.RuleViolated;
import org.ponte.events.cases.Consent;
import org.ponte.platform.audit.AuditLog;
import org.ponte.platform.privacy.PersonKeys;
import org.ponte.platform.security.CurrentUser;
import org.ponte.platform.security.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The use cases on people's records. Every read and change of personal data is audited before it happens;
 * technicians work within their office; partners see shared contact data only under a live referral and
 * the person's consent; managers see none.
 */
@Service
public class BeneficiaryService {

    private final Beneficiaries beneficiaries;
    private final PartnerAccess partnerAccess;
    private final CaseNumberIndex caseNumbers;
    private final AuditLog auditLog;
    private final List<ErasureListener> erasureListeners;
    private final ReminderContactProperties reminderContacts;
    private final Clock clock;
    private final BeneficiarySealing sealing;
    private final PersonKeys personKeys;

    BeneficiaryService(Beneficiaries beneficiaries, PartnerAccess partnerAccess, CaseNumberIndex caseNumbers, AuditLog auditLog,
                       List<ErasureListener> erasureListeners, ReminderContactProperties reminderContacts, Clock clock,
                       BeneficiarySealing sealing, PersonKeys personKeys) {
        this.sealing = sealing;
        this.personKeys = personKeys;
        this.beneficiaries = beneficiaries;
        this.partnerAccess = partnerAccess;
        this.caseNumbers = caseNumbers;
        this.auditLog = auditLog;
        this.erasureListeners = erasureListeners;
        this.reminderContacts = reminderContacts;
        this.clock = clock;
    }

    Beneficiary register(CurrentUser user, BeneficiaryRequest request) {
        String officeId = officeFor(user, request.officeId());
        PersonalData data = request.personalData();
        if (!request.confirmedAsAnotherPerson()) {
            List<Beneficiary> matches = beneficiaries.findByOfficeIdAndDuplicateIndex(officeId,
                    sealing.duplicateIndex(PersonName.key(data.fullName()), data));
            if (!matches.isEmpty()) {
                matches.forEach(match -> auditLog.read(match.id(), "beneficiary.possible-duplicate", "duplicate check on registration"));
                throw new Conflict("possible-duplicate",
                        "Someone with this name and date of birth is already registered at this office. Use the existing "
                                + "record, or send the registration again with confirmedNotDuplicate=true if it is another person.",
                        Map.of("possibleMatches", matches.stream().map(BeneficiaryService::match).toList()));
            }
        }
        String id = UUID.randomUUID().toString();
        auditLog.changed(id, "beneficiary.registration", "registration at the office");
        return beneficiaries.save(Beneficiary.register(id, officeId, data, request.consent().consent(), user.id(), now()));
    }

    /**
     * Erases the person's data here (record and attendance summaries) and tells every other service to
     * erase theirs. The audit log keeps that it happened, by whom and when, and nothing of the data.
     */
    void erase(CurrentUser user, String id) {
        erase(findForTechnician(user, id, null), user.id(), "right to erasure");
    }

    /** The end of the retention period ({@code RetentionCheck}): erased as at the person's request; false if gone already. */
    public boolean eraseAtEndOfRetention(String id) {
        Beneficiary beneficiary = beneficiaries.findById(id).orElse(null);
        if (beneficiary == null || beneficiary.isErased()) {
            return false;
        }
        erase(beneficiary, "retention", "retention period ended");
        return true;
    }

    private void erase(Beneficiary beneficiary, String by, String why) {
        String id = beneficiary.id();
        auditLog.changed(id, "beneficiary.erasure", why);
        beneficiary.erase(by, now());
        beneficiaries.save(beneficiary);
        erasureListeners.forEach(listener -> listener.erase(id));
        personKeys.forget(id); // last: every copy of what was sealed for the person, backups included, stops opening
    }

    /** The whole record for the office's technicians; the shared contact for a partner entitled to it. */
    Object read(CurrentUser user, String id) {
        Beneficiary beneficiary = find(id);
        if (user.isTechnicianOf(beneficiary.officeId())) {
            auditLog.read(id, "beneficiary.record", "case work");
            return BeneficiaryView.of(beneficiary);
        }
        if (user.has(Role.PARTNER) && beneficiary.consentsToSharingWithPartners()
                && partnerAccess.hasOpenReferral(id, user.partnerId())) {
            auditLog.read(id, "beneficiary.shared-contact", "referral follow-up by partner " + user.partnerId());
            return SharedContactView.of(beneficiary);
        }
        throw new NotAllowed(user.has(Role.PARTNER)
                ? "a partner sees a person's contact only under a pending or accepted referral, with the person's consent"
                : "only technicians of the person's office see their data");
    }

    Beneficiary update(CurrentUser user, String id, BeneficiaryRequest request, Long expectedVersion) {
        Beneficiary beneficiary = findForTechnician(user, id, expectedVersion);
        beneficiary.update(request.personalData(), user.id(), now());
        auditLog.changed(id, "beneficiary.record", "correction of the record");
        return beneficiaries.save(beneficiary);
    }

    Beneficiary changeConsent(CurrentUser user, String id, Consent consent) {
        Beneficiary beneficiary = findForTechnician(user, id, null);
        beneficiary.changeConsent(consent, user.id(), now());
        auditLog.changed(id, "beneficiary.consent", "consent given or withdrawn by the person");
        return beneficiaries.save(beneficiary);
    }

    /**
     * The address a reminder goes to, for a service allowed to read it, and only while the person consents to be
     * contacted; every read is in the audit log.
     */
    ReminderContact reminderContact(CurrentUser caller, String id) {
        if (!caller.has(Role.SERVICE) || !reminderContacts.readers().contains(caller.id())) {
            throw new NotAllowed("only the services named in ponte.cases.reminder-contact.readers read a person's address");
        }
        Beneficiary beneficiary = find(id);
        if (!Boolean.TRUE.equals(beneficiary.consent().contactByMessage())) {
            throw new RuleViolated("no-contact-consent", "The person did not consent to be contacted by message.");
        }
        if (beneficiary.personalData().email() == null) {
            throw new RuleViolated("no-email", "The person has no e-mail address.");
        }
        auditLog.read(id, "beneficiary.reminder-contact", "reminder sent by " + caller.id());
        return new ReminderContact(id, beneficiary.personalData().email(), beneficiary.personalData().preferredLanguage());
    }

    /** People of the technician's office with a word of their name starting with each word asked, or whose case has this number. */
    Page<Beneficiary> search(CurrentUser user, String query, Pageable page) {
        user.requireCaseWorker("only technicians search people");
        String officeId = user.officeId();
        if (officeId == null) {
            throw new InvalidRequest("office-required", "Searching needs the office of a technician.");
        }
        Page<Beneficiary> found;
        if (query == null || query.isBlank()) {
            found = beneficiaries.findByOfficeIdAndErasedAtIsNull(officeId, page);
        } else {
            found = caseNumbers.beneficiaryOf(officeId, query.trim().toUpperCase())
                    .map(id -> beneficiaries.findByOfficeIdAndIdInAndErasedAtIsNull(officeId, List.of(id), page))
                    .orElseGet(() -> {
                        List<String> hashes = sealing.nameQuery(query);
                        return hashes.isEmpty() ? Page.empty(page) : beneficiaries.findByNameHashes(officeId, hashes, page);
                    });
        }
        found.forEach(beneficiary -> auditLog.read(beneficiary.id(), "beneficiary.search-result", "search by a technician"));
        return found;
    }

    /**
     * The names of the office's people among {@code ids}, for its technicians only (each read is audited with the
     * purpose); an erased person has no name.
     */
    public Map<String, String> namesOf(CurrentUser user, String officeId, java.util.Collection<String> ids, String purpose) {
        user.requireTechnicianOf(officeId);
        Map<String, String> names = new java.util.HashMap<>();
        personKeys.warm(ids);
        beneficiaries.findAllById(ids).forEach(beneficiary -> {
            if (!beneficiary.isErased() && officeId.equals(beneficiary.officeId())) {
                names.put(beneficiary.id(), beneficiary.personalData().fullName());
                auditLog.read(beneficiary.id(), "beneficiary.name", purpose);
            }
        });
        return names;
    }

    /** The person, for another use case of this service (opening a case, say) that checks access itself. */
    public Beneficiary find(String id) {
        return beneficiaries.findById(id).filter(found -> !found.isErased())
                .orElseThrow(() -> new NotFound("Beneficiary " + id));
    }

    private Beneficiary findForTechnician(CurrentUser user, String id, Long expectedVersion) {
        Beneficiary beneficiary = find(id);
        user.requireTechnicianOf(beneficiary.officeId());
        if (expectedVersion != null && !expectedVersion.equals(beneficiary.version())) {
            throw new Conflict("stale-version", "The record changed since you read it (version "
                    + beneficiary.version() + "); reload it and try again.");
        }
        return beneficiary;
    }

    private static String officeFor(CurrentUser user, String requestedOffice) {
        if (user.isAdmin()) {
            if (requestedOffice == null || requestedOffice.isBlank()) {
                throw new RuleViolated("office-required", "officeId", "An administrator must name the office.");
            }
            return requestedOffice;
        }
        if (!user.has(Role.TECHNICIAN)) {
            throw new NotAllowed("only technicians register people");
        }
        if (requestedOffice != null && !requestedOffice.isBlank() && !requestedOffice.equals(user.officeId())) {
            throw new NotAllowed("technicians register people at their own office only");
        }
        return user.officeId();
    }

    private static Map<String, Object> match(Beneficiary beneficiary) {
        return Map.of("id", beneficiary.id(), "fullName", beneficiary.personalData().fullName(),
                "dateOfBirth", beneficiary.personalData().dateOfBirth().toString(),
                "registeredAt", beneficiary.registeredAt().toString());
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
