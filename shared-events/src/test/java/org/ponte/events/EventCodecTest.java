package org.ponte.events;

import org.junit.jupiter.api.Test;
import org.ponte.events.cases.AttendanceRecorded;
import org.ponte.events.cases.Consent;
import org.ponte.events.cases.ConsentChanged;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

class EventCodecTest {

    private final EventCodec codec = new EventCodec();
    private final AttendanceRecorded attendance = codec.fromJson(
            EventSamples.json(EventType.ATTENDANCE_RECORDED).getBytes(StandardCharsets.UTF_8), AttendanceRecorded.class);
    private final EventEnvelope<AttendanceRecorded> envelope =
            EventEnvelope.wrap(attendance, "case-service", "corr-123", Instant.parse("2026-03-02T10:20:00.123Z"));

    @Test
    void envelopeTravelsAsCloudEventsBinaryModeHeadersWithTheDataAsBody() {
        EncodedEvent record = codec.encode(envelope);

        assertThat(record.topic()).isEqualTo(Topics.CASE_EVENTS);
        assertThat(record.key()).isEqualTo(attendance.caseId());
        assertThat(record.headers()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "ce_specversion", "1.0",
                "ce_id", envelope.eventId().toString(),
                "ce_source", "case-service",
                "ce_type", "org.ponte.case.AttendanceRecorded",
                "ce_time", "2026-03-02T10:20:00.123Z",
                "ce_subject", attendance.caseId(),
                "ce_schemaversion", "1",
                "ce_correlationid", "corr-123",
                "content-type", "application/json"));
        assertThat(record.bodyText()).startsWith("{\"attendanceId\":").doesNotContain("ce_");
    }

    @Test
    void decodedRecordEqualsTheEnvelopeThatWasEncoded() {
        EncodedEvent record = codec.encode(envelope);

        DecodedEvent decoded = codec.decode(record.headers(), record.body());

        assertThat(decoded).asInstanceOf(type(DecodedEvent.Known.class))
                .extracting(DecodedEvent.Known::envelope).isEqualTo(envelope);
    }

    @Test
    void timeWithAnOffsetIsReadAsTheSameInstant() {
        Map<String, String> headers = new HashMap<>(codec.encode(envelope).headers());
        headers.put("ce_time", "2026-03-02T11:20:00.123+01:00");

        DecodedEvent decoded = codec.decode(headers, codec.toJson(attendance));

        assertThat(((DecodedEvent.Known) decoded).envelope().occurredAt()).isEqualTo(envelope.occurredAt());
    }

    @Test
    void unknownTypeIsReportedAsUnknownNotThrown() {
        Map<String, String> headers = new HashMap<>(codec.encode(envelope).headers());
        headers.put("ce_type", "org.ponte.case.SomethingNew");

        DecodedEvent decoded = codec.decode(headers, "{\"whatever\":1}".getBytes(StandardCharsets.UTF_8));

        assertThat(decoded).isEqualTo(new DecodedEvent.Unknown("org.ponte.case.SomethingNew", "1", envelope.eventId().toString()));
    }

    @Test
    void knownTypeInAnUnknownSchemaVersionIsReportedAsUnknown() {
        Map<String, String> headers = new HashMap<>(codec.encode(envelope).headers());
        headers.put("ce_schemaversion", "2");

        assertThat(codec.decode(headers, codec.toJson(attendance))).isInstanceOf(DecodedEvent.Unknown.class);
    }

    @Test
    void recordWithoutCloudEventsHeadersIsMalformed() {
        assertThatThrownBy(() -> codec.decode(Map.of(), codec.toJson(attendance)))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("ce_specversion");
    }

    @Test
    void knownTypeWithABodyThatIsNotJsonIsMalformed() {
        EncodedEvent record = codec.encode(envelope);

        assertThatThrownBy(() -> codec.decode(record.headers(), "not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("AttendanceRecorded");
    }

    @Test
    void knownTypeWithAnInvalidFieldValueIsMalformed() {
        EncodedEvent record = codec.encode(envelope);
        String zeroMinutes = record.bodyText().replace("\"durationMinutes\":45", "\"durationMinutes\":0");

        assertThatThrownBy(() -> codec.decode(record.headers(), zeroMinutes.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("durationMinutes must be positive");
    }

    @Test
    void missingCorrelationIdIsMalformed() {
        Map<String, String> headers = new HashMap<>(codec.encode(envelope).headers());
        headers.remove("ce_correlationid");

        assertThatThrownBy(() -> codec.decode(headers, codec.toJson(attendance)))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("ce_correlationid");
    }

    @Test
    void envelopeRefusesDataOfAnotherType() {
        assertThatThrownBy(() -> new EventEnvelope<>(envelope.eventId(), EventType.CASE_OPENED, envelope.occurredAt(),
                "case-service", attendance.caseId(), "corr-123", attendance))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aConsentFromBeforeContactByMessageReadsAsNoConsentToBeContacted() {
        String before = "{\"beneficiaryId\":\"b-1\",\"officeId\":\"lisboa\",\"consent\":{\"dataProcessing\":true,\"shareWithPartners\":true},"
                + "\"changedBy\":\"t\",\"changedAt\":\"2026-04-20T10:00:00Z\"}";

        ConsentChanged changed = codec.fromJson(before.getBytes(StandardCharsets.UTF_8),
                ConsentChanged.class);

        assertThat(changed.consent()).isEqualTo(new Consent(true, true, false));
    }
}
