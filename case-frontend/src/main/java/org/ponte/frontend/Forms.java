package org.ponte.frontend;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * What a form's fields hold, as the services want it. A value that cannot be read becomes null, so that the service
 * refuses it naming the field, in one place for every error of the form.
 */
final class Forms {

    /** Where the offices are: a {@code datetime-local} field holds Lisbon time. */
    static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");

    private Forms() {
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    static Integer number(String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.trim());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    static LocalDateTime dateTime(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDateTime.parse(value);
        } catch (DateTimeParseException notATime) {
            return null;
        }
    }

    /** The three consents as ticked: an unticked box is a consent not given (or withdrawn). */
    static Map<String, Boolean> consent(Map<String, String> form) {
        return Map.of("dataProcessing", form.containsKey("dataProcessing"), "shareWithPartners", form.containsKey("shareWithPartners"),
                "contactByMessage", form.containsKey("contactByMessage"));
    }
}
