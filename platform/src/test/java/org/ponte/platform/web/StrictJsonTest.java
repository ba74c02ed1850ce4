package org.ponte.platform.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StrictJsonTest {

    enum Sex { FEMALE, MALE }

    record Person(String fullName, Sex sex, LocalDate dateOfBirth, Instant occurredAt, Integer durationMinutes, Boolean consent,
                  List<String> areas) {
    }

    static final JsonMapper JSON = strict();

    static JsonMapper strict() {
        JsonMapper.Builder builder = JsonMapper.builder();
        new StrictJson().customize(builder);
        return builder.build();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"fullName\": 123}", "{\"fullName\": true}", "{\"sex\": 0}", "{\"dateOfBirth\": 0}",
            "{\"dateOfBirth\": [2020, 1, 1]}", "{\"occurredAt\": 0}", "{\"occurredAt\": 1.5}", "{\"durationMinutes\": 30.5}",
            "{\"durationMinutes\": \"30\"}", "{\"consent\": 1}", "{\"areas\": [null]}", "{\"areas\": [1]}",
            "{\"occurredAt\": \"+1000000000-12-31T23:59:59Z\"}", "{\"dateOfBirth\": \"+10000-01-01\"}"})
    void aValueOfAnotherTypeOrOutsideTheStorableYearsIsRefusedNamingItsField(String body) {
        String field = body.substring(2, body.indexOf('"', 2));
        assertThatThrownBy(() -> JSON.readValue(body, Person.class)).isInstanceOf(DatabindException.class)
                .satisfies(refused -> assertThat(((DatabindException) refused).getPath()).isNotEmpty()
                        .first().satisfies(step -> assertThat(step.getPropertyName()).isEqualTo(field)));
    }

    @Test
    void theDocumentedFormsAreRead() {
        Person person = JSON.readValue("""
                {"fullName": "Maria", "sex": "FEMALE", "dateOfBirth": "1990-02-28", "occurredAt": "2026-03-02T09:30:00+01:00",
                 "durationMinutes": 30, "consent": true, "areas": ["HOUSING"]}""", Person.class);

        assertThat(person).isEqualTo(new Person("Maria", Sex.FEMALE, LocalDate.of(1990, 2, 28), Instant.parse("2026-03-02T08:30:00Z"),
                30, true, List.of("HOUSING")));
    }
}
