package org.ponte.archfixture.cycle.progress;

import org.ponte.archfixture.cycle.plan.Plan;

public class Counts {

    public long count(Plan plan) {
        return plan.targets();
    }
}
