package org.ponte.reporting.plan;

/** Where an indicator's actual value comes from. */
public enum IndicatorSource {
    /** Counted from events: see {@link ComputedIndicator}. */
    EVENTS,
    /** The sum of dated entries reported by hand. */
    MANUAL
}
