package org.ponte.reporting.report;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SuppressionTest {

    @Test
    void countsFromOneToFourAreHiddenAndZeroAndFiveShown() {
        assertThat(Suppression.apply(1)).isEqualTo("<5");
        assertThat(Suppression.apply(4)).isEqualTo("<5");
        assertThat(Suppression.apply(5)).isEqualTo("5");
        assertThat(Suppression.apply(0)).isEqualTo("0");
    }

    @Test
    void aLoneHiddenCellHidesTheNextSmallestSoItCannotBeWorkedOutFromATotal() {
        Map<String, Long> nationalities = new LinkedHashMap<>();
        nationalities.put("BR", 40L);
        nationalities.put("CV", 6L);
        nationalities.put("UA", 2L);

        assertThat(Suppression.apply(nationalities)).containsExactly(Map.entry("BR", "40"), Map.entry("CV", "<5"), Map.entry("UA", "<5"));
    }

    @Test
    void twoHiddenCellsNeedNoMore() {
        Map<String, Long> sexes = new LinkedHashMap<>();
        sexes.put("FEMALE", 30L);
        sexes.put("MALE", 25L);
        sexes.put("OTHER", 1L);
        sexes.put("UNDISCLOSED", 3L);

        assertThat(Suppression.apply(sexes)).containsExactly(Map.entry("FEMALE", "30"), Map.entry("MALE", "25"),
                Map.entry("OTHER", "<5"), Map.entry("UNDISCLOSED", "<5"));
    }
}
