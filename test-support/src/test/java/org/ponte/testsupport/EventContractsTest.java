package org.ponte.testsupport;

import org.junit.jupiter.api.Test;
import org.ponte.events.EventSamples;
import org.ponte.events.EventType;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventContractsTest {

    private static final String SAMPLE = EventSamples.json(EventType.CASE_ASSIGNED);

    @Test
    void theSampleMatchesItself() {
        assertThatCode(() -> EventContracts.assertMatchesSample(EventType.CASE_ASSIGNED, bytes(SAMPLE))).doesNotThrowAnyException();
    }

    @Test
    void anOptionalFieldMayBeAbsent() {
        String firstAssignment = SAMPLE.replace("\"previousTechnicianId\": \"technician-lisboa-1\",", "");

        assertThatCode(() -> EventContracts.assertMatchesSample(EventType.CASE_ASSIGNED, bytes(firstAssignment)))
                .doesNotThrowAnyException();
    }

    @Test
    void aFieldTheSampleDoesNotShowFails() {
        String withName = SAMPLE.replace("\"officeId\": \"lisboa\",", "\"officeId\": \"lisboa\", \"fullName\": \"Maria\",");

        assertThatThrownBy(() -> EventContracts.assertMatchesSample(EventType.CASE_ASSIGNED, bytes(withName)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("CaseAssigned.fullName is not in the sample");
    }

    @Test
    void aFieldOfAnotherJsonTypeFails() {
        String numericOffice = SAMPLE.replace("\"officeId\": \"lisboa\"", "\"officeId\": 7");

        assertThatThrownBy(() -> EventContracts.assertMatchesSample(EventType.CASE_ASSIGNED, bytes(numericOffice)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("CaseAssigned.officeId is NUMBER");
    }

    @Test
    void aMissingRequiredFieldFails() {
        String noCase = SAMPLE.replace("\"caseId\": \"c0a80101-7d3b-4e2a-8f61-5b9d4c3a2e10\",", "");

        assertThatThrownBy(() -> EventContracts.assertMatchesSample(EventType.CASE_ASSIGNED, bytes(noCase)))
                .hasMessageContaining("caseId is required");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
