package org.ponte.events.vocabulary;

import java.time.LocalDate;
import java.time.Period;

/**
 * Age in bands: events and reports carry the band, never the date of birth, which together with other
 * categories could single a person out.
 */
public enum AgeBand {

    UNDER_18(0, 17),
    FROM_18_TO_24(18, 24),
    FROM_25_TO_34(25, 34),
    FROM_35_TO_44(35, 44),
    FROM_45_TO_54(45, 54),
    FROM_55_TO_64(55, 64),
    FROM_65(65, Integer.MAX_VALUE),
    UNKNOWN(-1, -1);

    private final int fromYears;
    private final int toYears;

    AgeBand(int fromYears, int toYears) {
        this.fromYears = fromYears;
        this.toYears = toYears;
    }

    /** The band of someone born on {@code dateOfBirth} on the day {@code on}; UNKNOWN without a birth date. */
    public static AgeBand of(LocalDate dateOfBirth, LocalDate on) {
        if (dateOfBirth == null || on == null || dateOfBirth.isAfter(on)) {
            return UNKNOWN;
        }
        int years = Period.between(dateOfBirth, on).getYears();
        for (AgeBand band : values()) {
            if (years >= band.fromYears && years <= band.toYears) {
                return band;
            }
        }
        return UNKNOWN;
    }

    /** A label such as "25–34" or "65+". */
    public String label() {
        return switch (this) {
            case UNKNOWN -> "?";
            case FROM_65 -> fromYears + "+";
            default -> fromYears + "–" + toYears;
        };
    }
}
