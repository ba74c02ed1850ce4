package org.ponte.archfixture.clean.plan;

import org.ponte.archfixture.clean.progress.Counts;
import org.ponte.events.Topics;

/** A domain service that uses its own packages downhill and the event contracts. */
public class PlanService {

    private final Counts counts = new Counts();

    public String progress() {
        return Topics.CASE_EVENTS + counts.count();
    }
}
