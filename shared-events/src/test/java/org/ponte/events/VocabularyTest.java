package org.ponte.events;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ponte.events.vocabulary.AgeBand;
import org.ponte.events.vocabulary.InterventionArea;

import java.time.LocalDate;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class VocabularyTest {

    @Test
    void interventionAreasAreThePlanAreasPlusLegalStatusEachWithTwoLabels() {
        assertThat(InterventionArea.values()).hasSize(17).contains(InterventionArea.LEGAL_STATUS);
        assertThat(Arrays.stream(InterventionArea.values()).map(InterventionArea::labelPt)).doesNotHaveDuplicates()
                .allSatisfy(label -> assertThat(label).isNotBlank());
        assertThat(Arrays.stream(InterventionArea.values()).map(InterventionArea::labelEn)).doesNotHaveDuplicates()
                .allSatisfy(label -> assertThat(label).isNotBlank());
        assertThat(InterventionArea.HOUSING.label("pt")).isEqualTo("Habitação");
        assertThat(InterventionArea.HOUSING.label("en")).isEqualTo("Housing");
    }

    @ParameterizedTest
    @CsvSource({
            "2009-11-22, UNDER_18",
            "2008-11-21, FROM_18_TO_24",
            "2001-11-22, FROM_18_TO_24",
            "2001-11-21, FROM_25_TO_34",
            "1961-11-21, FROM_65",
            "2027-01-01, UNKNOWN"})
    void ageBandCountsWholeYearsOnTheDay(LocalDate dateOfBirth, AgeBand expected) {
        assertThat(AgeBand.of(dateOfBirth, LocalDate.of(2026, 11, 21))).isEqualTo(expected);
    }

    @Test
    void ageBandWithoutABirthDateIsUnknown() {
        assertThat(AgeBand.of(null, LocalDate.of(2026, 11, 21))).isEqualTo(AgeBand.UNKNOWN);
        assertThat(AgeBand.FROM_25_TO_34.label()).isEqualTo("25–34");
        assertThat(AgeBand.FROM_65.label()).isEqualTo("65+");
    }
}
