package org.ponte.platform.audit;

/** Whether personal data was looked at or changed (erasure included). */
public enum AuditAction {
    READ, CHANGE
}
