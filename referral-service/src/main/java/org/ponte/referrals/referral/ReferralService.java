package org.ponte.referrals.referral;

import org.ponte.platform.domain.NotAllowed;
import org.ponte.platform.domain.NotFound;
import org.ponte.platform.domain.RuleViolated;
import org.ponte.events.vocabulary.CancellationReason;
import org.ponte.events.vocabulary.ReferralPriority;
import org.ponte.events.vocabulary.ReferralStatus;
import org.ponte.platform.audit.AuditLog;
import org.ponte.platform.security.CurrentUser;
import org.ponte.platform.security.Role;
import org.ponte.platform.sequence.Sequences;
import org.ponte.referrals.caseinfo.KnownCase;
import org.ponte.referrals.caseinfo.CaseReplica;
import org.ponte.referrals.caseinfo.KnownConsent;
import org.ponte.referrals.partner.Partner;
import org.ponte.referrals.partner.PartnerDirectory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The use cases on referrals: checks who may act, loads, lets the referral apply its lifecycle rule, saves
 * (the events ride in the same write).
 */
@Service
class ReferralService {

    private final Referrals referrals;
    private final PartnerDirectory partners;
    private final CaseReplica caseReplica;
    private final Sequences sequences;
    private final MongoOperations mongo;
    private final ReferralProperties properties;
    private final ReferralMetrics metrics;
    private final AuditLog auditLog;
    private final Clock clock;

    ReferralService(Referrals referrals, PartnerDirectory partners, CaseReplica caseReplica, Sequences sequences, MongoOperations mongo,
                    ReferralProperties properties, ReferralMetrics metrics, AuditLog auditLog, Clock clock) {
        this.referrals = referrals;
        this.partners = partners;
        this.caseReplica = caseReplica;
        this.sequences = sequences;
        this.mongo = mongo;
        this.properties = properties;
        this.metrics = metrics;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    Referral refer(CurrentUser user, ReferralRequests.Refer request) {
        user.requireCaseWorker("only technicians refer people");
        KnownCase aCase = caseReplica.awaitCase(request.caseId(), properties.replicaWait())
                .orElseThrow(() -> new RuleViolated("unknown-case", "caseId", "Case " + request.caseId() + " is not known."));
        user.requireTechnicianOf(aCase.officeId());
        if (!aCase.isOpen()) {
            throw new RuleViolated("case-closed", "caseId", "Case " + aCase.caseNumber() + " is closed.");
        }
        KnownConsent consent = caseReplica.awaitConsent(aCase.beneficiaryId(), properties.replicaWait()).orElse(null);
        if (consent == null || !consent.allowsSharingWithPartners()) {
            throw new RuleViolated("consent-required", "caseId",
                    "The person has not consented to sharing their data with partners; refer them only after they do.");
        }
        Instant now = Instant.now(clock);
        String partnerId;
        int responseDays;
        if (request.partnerId() != null && !request.partnerId().isBlank()) {
            Partner partner = partners.findById(request.partnerId())
                    .orElseThrow(() -> new RuleViolated("unknown-partner", "partnerId", "Partner " + request.partnerId() + " is not in the directory."));
            if (!partner.active()) {
                throw new RuleViolated("partner-inactive", "partnerId", "Partner " + partner.details().name() + " takes no referrals now.");
            }
            if (!partner.serves(request.area())) {
                throw new RuleViolated("area-not-served", "area", "Partner " + partner.details().name() + " does not work in " + request.area() + ".");
            }
            partnerId = partner.id();
            responseDays = partner.responseWorkingDays(request.priority(), properties.urgentResponseDays(), properties.routineResponseDays());
        } else if (request.externalOrganisation() != null && !request.externalOrganisation().isBlank()) {
            // An opaque id: the name stays in the referral, since free text typed by a technician never travels in events.
            partnerId = Referral.OFF_PLATFORM_PREFIX + UUID.nameUUIDFromBytes(request.externalOrganisation().trim()
                    .toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            responseDays = request.priority() == ReferralPriority.URGENT
                    ? properties.urgentResponseDays() : properties.routineResponseDays();
        } else {
            throw new RuleViolated("partner-required", "partnerId", "Name a partner, or the organisation outside Ponte.");
        }
        Instant respondBy = WorkingDays.after(now, responseDays, properties.timeZone());
        String reference = "ENC-%d-%06d".formatted(Year.from(now.atZone(ZoneOffset.UTC)).getValue(),
                sequences.next("referral-" + Year.from(now.atZone(ZoneOffset.UTC))));
        Referral referral = Referral.request(UUID.randomUUID().toString(), reference, new Referral.Request(aCase.caseId(),
                aCase.caseNumber(), aCase.beneficiaryId(), aCase.officeId(), partnerId, request.externalOrganisation(), request.area(),
                request.priority(), request.reason(), respondBy,
                request.followUpOn() != null ? request.followUpOn() : respondBy.atZone(properties.timeZone()).toLocalDate()), user.id(), now);
        Referral saved = referrals.save(referral);
        metrics.stepped(saved, null);
        return saved;
    }

    ReferralView read(CurrentUser user, String id) {
        Referral referral = find(id);
        return view(user, referral);
    }

    /**
     * The referral as this caller may see it; its reason and notes are free text about the person, so showing
     * them is audited.
     */
    ReferralView view(CurrentUser user, Referral referral) {
        boolean showNotes;
        if (user.isTechnicianOf(referral.officeId()) || user.worksFor(referral.officeId())) {
            showNotes = user.has(Role.TECHNICIAN) || user.isAdmin();
        } else if (user.represents(referral.partnerId())) {
            showNotes = caseReplica.sharingAllowed(referral.beneficiaryId());
        } else {
            throw new NotFound("Referral " + referral.id());
        }
        if (showNotes && referral.reason() != null) {
            auditLog.read(referral.beneficiaryId(), "referral.reason", "referral " + referral.referenceNumber());
        }
        return ReferralView.of(referral, showNotes);
    }

    /** Lists what the caller may see: an office's referrals, or those addressed to the caller's organisation. */
    Page<Referral> list(CurrentUser user, String caseId, String partnerId, ReferralStatus status, Boolean overdue, Pageable page) {
        Criteria criteria = new Criteria();
        if (user.has(Role.PARTNER) && !user.isAdmin()) {
            criteria = Criteria.where("partnerId").is(user.partnerId());
        } else if (!user.isAdmin()) {
            criteria = Criteria.where("officeId").is(user.officeId());
        }
        Query query = new Query(criteria);
        if (caseId != null) {
            query.addCriteria(Criteria.where("caseId").is(caseId));
        }
        if (partnerId != null && (user.isAdmin() || !user.has(Role.PARTNER))) {
            query.addCriteria(Criteria.where("partnerId").is(partnerId));
        }
        if (status != null) {
            query.addCriteria(Criteria.where("status").is(status));
        }
        if (overdue != null) {
            query.addCriteria(Criteria.where("overdue").is(overdue));
        }
        long total = mongo.count(query, Referral.class);
        List<Referral> found = mongo.find(query.with(page), Referral.class);
        return PageableExecutionUtils.getPage(found, page, () -> total);
    }

    Referral accept(CurrentUser user, String id, String note) {
        return answer(user, id, referral -> referral.accept(user.id(), Instant.now(clock), note));
    }

    Referral decline(CurrentUser user, String id, ReferralRequests.Decline decline) {
        return answer(user, id, referral -> referral.decline(user.id(), Instant.now(clock), decline.reason(), decline.note()));
    }

    Referral complete(CurrentUser user, String id, ReferralRequests.Complete complete) {
        return answer(user, id, referral -> referral.complete(user.id(), Instant.now(clock), complete.outcome(), complete.note()));
    }

    /** The referring office recalls a referral that is still open. */
    Referral cancel(CurrentUser user, String id, String note) {
        Referral referral = find(id);
        hideFromOtherPartners(user, referral);
        user.requireTechnicianOf(referral.officeId());
        return step(referral, r -> r.cancel(user.id(), Instant.now(clock), CancellationReason.RECALLED_BY_OFFICE, note));
    }

    /** The partner answers; for an organisation outside Ponte the referring technician records its answer. */
    private Referral answer(CurrentUser user, String id, Consumer<Referral> move) {
        Referral referral = find(id);
        hideFromOtherPartners(user, referral);
        boolean mayAnswer = referral.isOffPlatform() ? user.isTechnicianOf(referral.officeId()) : user.represents(referral.partnerId());
        if (!mayAnswer) {
            throw new NotAllowed(referral.isOffPlatform()
                    ? "the referring office records the answers of an organisation outside Ponte"
                    : "only the partner it is addressed to answers a referral");
        }
        return step(referral, move);
    }

    /** Applies one lifecycle step, saves it with its event, and counts it once saved. */
    private Referral step(Referral referral, Consumer<Referral> step) {
        ReferralStatus before = referral.status();
        step.accept(referral);
        Referral saved = referrals.save(referral);
        metrics.stepped(saved, before);
        return saved;
    }

    /** To a partner, another partner's referral does not exist: 404, as for reading it. */
    private static void hideFromOtherPartners(CurrentUser user, Referral referral) {
        if (user.has(Role.PARTNER) && !user.isAdmin() && !user.represents(referral.partnerId())) {
            throw new NotFound("Referral " + referral.id());
        }
    }

    private Referral find(String id) {
        return referrals.findById(id).orElseThrow(() -> new NotFound("Referral " + id));
    }
}
