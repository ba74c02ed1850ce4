package org.ponte.reporting.readmodel;

import java.time.Instant;
import java.util.Map;

/**
 * An activity as its latest revision says it was held: type, time, minutes, the registered people (as person
 * numbers), staff and partner organisations (how many) and the anonymous head counts by category.
 */
public record ActivityState(String activityId, String officeId, String type, Instant heldAt, int minutes, int[] people, int staff,
                            int partners, Map<String, Integer> anonymous, int revision) {
}
