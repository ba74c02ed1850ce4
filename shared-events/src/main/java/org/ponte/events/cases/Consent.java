package org.ponte.events.cases;

/**
 * What a person agreed to: processing their data (required before a case can be opened) and sharing their
 * contact data with partner organisations they are referred to (optional, changeable at any time).
 */
public record Consent(boolean dataProcessing, boolean shareWithPartners) {
}
