package org.ponte.platform.audit;

import org.ponte.platform.security.CurrentUser;
import org.ponte.platform.web.CorrelationId;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The audit log of personal data, kept in the owning service's own database ({@code audit_log}) and
 * append-only: this class only inserts and reads. Call it before personal data is returned or changed; if
 * the entry cannot be written, the request fails rather than leave an access unrecorded.
 * <pre>{@code
 * auditLog.read(beneficiary.id(), "beneficiary.profile", "case work");
 * }</pre>
 */
public class AuditLog {

    private final MongoOperations mongo;
    private final Clock clock;
    private final String systemActor;

    public AuditLog(MongoOperations mongo, Clock clock, String serviceName) {
        this.mongo = mongo;
        this.clock = clock;
        this.systemActor = "system:" + serviceName;
        mongo.indexOps(AuditEntry.class).createIndex(new Index().on("subjectId", Sort.Direction.ASC).on("at", Sort.Direction.DESC));
        mongo.indexOps(AuditEntry.class).createIndex(new Index().on("at", Sort.Direction.DESC));
    }

    public AuditEntry read(String subjectId, String what, String why) {
        return record(AuditAction.READ, subjectId, what, why);
    }

    public AuditEntry changed(String subjectId, String what, String why) {
        return record(AuditAction.CHANGE, subjectId, what, why);
    }

    /** Records an access by the current user, or by the service itself where no user is behind the work (a listener). */
    public AuditEntry record(AuditAction action, String subjectId, String what, String why) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        CurrentUser actor = authentication != null && authentication.getPrincipal() instanceof CurrentUser user
                ? user
                : new CurrentUser(systemActor, Set.of(), null, null);
        AuditEntry entry = new AuditEntry(UUID.randomUUID().toString(), Instant.now(clock), actor.id(),
                actor.roles().stream().map(Enum::name).sorted().toList(), actor.officeId(), actor.partnerId(),
                subjectId, action, what, why, CorrelationId.current().orElse(null));
        return mongo.insert(entry);
    }

    /**
     * Entries in the page's order (newest first when it has none), for one person or everyone, within an optional period
     * ({@code from} inclusive, {@code to} exclusive).
     */
    public Page<AuditEntry> search(String subjectId, Instant from, Instant to, Pageable pageable) {
        Sort order = pageable.getSort().isSorted() ? pageable.getSort() : Sort.by(Sort.Direction.DESC, "at");
        List<AuditEntry> entries = mongo.find(filter(subjectId, from, to)
                .with(PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), order)), AuditEntry.class);
        return PageableExecutionUtils.getPage(entries, pageable, () -> mongo.count(filter(subjectId, from, to), AuditEntry.class));
    }

    private static Query filter(String subjectId, Instant from, Instant to) {
        Query query = new Query();
        if (subjectId != null) {
            query.addCriteria(Criteria.where("subjectId").is(subjectId));
        }
        if (from != null || to != null) {
            Criteria at = Criteria.where("at");
            if (from != null) {
                at = at.gte(from);
            }
            if (to != null) {
                at = at.lt(to);
            }
            query.addCriteria(at);
        }
        return query;
    }
}
