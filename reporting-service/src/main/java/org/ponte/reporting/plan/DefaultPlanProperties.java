package org.ponte.reporting.plan;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The three calendar years the shipped CLAIM plan covers, from {@code firstYear} to {@code firstYear + 2}: by default
 * 2024–2026. The local stack names the three years that end with the current one, so that its demo year always
 * falls inside the plan whatever today's date is.
 */
@ConfigurationProperties("ponte.reporting.default-plan")
record DefaultPlanProperties(@DefaultValue("2024") int firstYear) {

    int lastYear() {
        return firstYear + 2;
    }

    String id() {
        return "claim-lisboa-" + firstYear + "-" + lastYear();
    }

    String name() {
        return "CLAIM Lisboa " + firstYear + "–" + lastYear();
    }
}
