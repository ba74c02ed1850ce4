package org.ponte.events.vocabulary;

/**
 * The NUTS II regions of Portugal (NUTS 2024), where an office is: what a regional coordinator's scope and the
 * network's reports group offices by. The code is the constant's name.
 */
public enum Region {
    /** Norte. */
    PT11,
    /** Algarve. */
    PT15,
    /** Centro. */
    PT19,
    /** Grande Lisboa. */
    PT1A,
    /** Península de Setúbal. */
    PT1B,
    /** Alentejo. */
    PT1C,
    /** Oeste e Vale do Tejo. */
    PT1D,
    /** Região Autónoma dos Açores. */
    PT20,
    /** Região Autónoma da Madeira. */
    PT30
}
