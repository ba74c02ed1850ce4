package org.ponte.platform.privacy;

import java.util.Map;

/** A feature's part of what a service holds on one person, for the subject-access export (GDPR Art. 15). */
public interface SubjectAccess {

    /** What the feature holds on the person, by kind ("cases", "attendances"…), as its API shows it; empty when nothing. */
    Map<String, Object> holdingsOf(String personId);
}
