package org.ponte.archfixture.cycle.plan;

import org.ponte.archfixture.cycle.progress.Counts;

/** Depends on progress, which depends back on it. */
public class Plan {

    public long targets() {
        return 1;
    }

    public long progress() {
        return new Counts().count(this);
    }
}
