package org.ponte.reporting.progress;

/** The indicators counted from events, with their definitions (reporting-service's README repeats them). */
public enum ComputedIndicator {
    /** Distinct people with at least one attendance, or who took part in an activity, in the period, at the plan's offices. */
    BENEFICIARIES_SUPPORTED,
    /** Attendances in the period, at the plan's offices. */
    ATTENDANCES,
    /** Distinct people in at least one mentoring session in the period. */
    BENEFICIARIES_MENTORED,
    /** Mentoring sessions held in the period. */
    MENTORING_SESSIONS,
    /** Referrals requested in the period by the plan's offices. */
    REFERRALS_MADE,
    /** Referrals completed in the period. */
    REFERRALS_COMPLETED,
    /** Whole hours of the technician trainings held in the period (the minutes of all their sessions, added up). */
    TECHNICIAN_TRAINING_HOURS,
    /** Awareness actions held in the period. */
    AWARENESS_ACTIONS,
    /** Network meetings held in the period. */
    NETWORK_MEETINGS,
    /** Guides published in the period and not withdrawn since. */
    GUIDES_PUBLISHED,
    /** Publications published in the period and not withdrawn since. */
    PUBLICATIONS;

    /**
     * Whether the figure counts people, so that a small one could point at someone and is hidden in reports; the
     * others count work done (attendances, sessions, referrals, hours, actions, publications) and are shown as they are.
     */
    public boolean countsPeople() {
        return this == BENEFICIARIES_SUPPORTED || this == BENEFICIARIES_MENTORED;
    }

    public static boolean isComputed(String code) {
        for (ComputedIndicator indicator : values()) {
            if (indicator.name().equals(code)) {
                return true;
            }
        }
        return false;
    }
}
