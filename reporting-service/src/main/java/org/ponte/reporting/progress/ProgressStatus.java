package org.ponte.reporting.progress;

/**
 * How an indicator stands: ACHIEVED at or above target; otherwise against the value expected by now on a
 * linear pace: ON_TRACK at 90 % of it or more, AT_RISK from 70 % to 90 %, BEHIND under 70 % (and anything
 * not achieved once the period has ended).
 */
public enum ProgressStatus {
    ACHIEVED, ON_TRACK, AT_RISK, BEHIND
}
