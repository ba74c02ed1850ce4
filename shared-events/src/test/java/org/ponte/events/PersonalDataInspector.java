package org.ponte.events;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Walks an event record, nested records and collections included, and lists every field that could carry
 * a direct identifier of a person. A field passes only if it is a closed category (enum, number, boolean,
 * instant), an id or an ISO code, or organisation data on a partner-directory event; anything else (a free
 * string, a map, a date of birth) is reported, so a new field must be argued for before it can travel.
 */
final class PersonalDataInspector {

    /** Names of fields that hold names, contacts, documents, addresses or free text. */
    private static final Pattern PERSONAL = Pattern.compile(
            "(?i).*(name|phone|mobile|mail|document|passport|identity|address|street|postal|zip|birth|dob|nif|niss|"
                    + "iban|note|summary|comment|description|text|message|topic|remark).*");
    /** String fields that are ids of aggregates or of staff users (…Id, …Ids, …By) rather than values. */
    private static final Pattern IDENTIFIER = Pattern.compile(".*(Id|Ids|By)");
    /** String fields that hold readable references or ISO codes. */
    private static final Set<String> CODES = Set.of("caseNumber", "caseNumberPrefix", "referenceNumber", "nationality", "preferredLanguage", "languages");
    /** Calendar dates that are a status's validity or a deadline, never a person's own dates (a birth date is one). */
    private static final Set<String> DEADLINE_DATES = Set.of("validFrom", "validUntil", "dueOn");
    private static final Set<Class<?>> CATEGORIES = Set.of(
            boolean.class, Boolean.class, int.class, Integer.class, long.class, Long.class, UUID.class, Instant.class);

    private PersonalDataInspector() {
    }

    static List<String> violations(Class<?> eventRecord, boolean organisationDataAllowed) {
        List<String> found = new ArrayList<>();
        inspect(eventRecord, eventRecord.getSimpleName(), organisationDataAllowed, found);
        return found;
    }

    private static void inspect(Class<?> recordType, String path, boolean organisationDataAllowed, List<String> found) {
        for (RecordComponent component : recordType.getRecordComponents()) {
            String where = path + "." + component.getName();
            if (component.isAnnotationPresent(OrganisationData.class)) {
                if (!organisationDataAllowed) {
                    found.add(where + ": organisation data is allowed on partner-directory events only");
                }
                continue;
            }
            // A yes or no holds no one's data, whatever it is called (consent.contactByMessage).
            boolean yesOrNo = component.getType() == boolean.class || component.getType() == Boolean.class;
            if (!yesOrNo && PERSONAL.matcher(component.getName()).matches()) {
                found.add(where + ": the name says it holds personal data");
                continue;
            }
            inspectType(component.getGenericType(), component.getName(), where, organisationDataAllowed, found);
        }
    }

    private static void inspectType(Type type, String name, String where, boolean organisationDataAllowed, List<String> found) {
        if (type instanceof ParameterizedType parameterized
                && Collection.class.isAssignableFrom((Class<?>) parameterized.getRawType())) {
            inspectType(parameterized.getActualTypeArguments()[0], name, where + "[]", organisationDataAllowed, found);
        } else if (type == String.class) {
            if (!IDENTIFIER.matcher(name).matches() && !CODES.contains(name)) {
                found.add(where + ": a free string could carry anything; make it an id, a code or an enum");
            }
        } else if (type instanceof Class<?> plain && plain.isRecord() && plain.getPackageName().startsWith("org.ponte.events")) {
            inspect(plain, where, organisationDataAllowed, found);
        } else if (type == LocalDate.class) {
            if (!DEADLINE_DATES.contains(name)) {
                found.add(where + ": a date that is not a deadline could be a person's own, such as their birth date");
            }
        } else if (!(type instanceof Class<?> plain && (plain.isEnum() || CATEGORIES.contains(plain)))) {
            found.add(where + ": " + type.getTypeName() + " is not a category, id or code");
        }
    }
}
