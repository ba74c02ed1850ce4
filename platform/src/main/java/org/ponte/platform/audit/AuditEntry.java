package org.ponte.platform.audit;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * One access to a person's data: who (user or client id, roles, scope), when, what was read or changed, of
 * whom, and why. Entries are only ever inserted; nothing in Ponte updates or deletes them.
 *
 * @param subjectId the person (beneficiary id) whose data it was
 * @param what      which data, such as {@code beneficiary.contact} or {@code beneficiary.erasure}
 * @param why       the purpose, such as {@code case work} or {@code referral follow-up}
 */
@Document(AuditEntry.COLLECTION)
public record AuditEntry(
        @Id String id,
        Instant at,
        String actorId,
        List<String> actorRoles,
        String actorOfficeId,
        String actorPartnerId,
        String subjectId,
        AuditAction action,
        String what,
        String why,
        String correlationId) {

    public static final String COLLECTION = "audit_log";
}
