package org.ponte.notifications.wording;

import org.ponte.events.vocabulary.InterventionArea;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words of every notification, from the resource bundles {@code i18n/notifications_<language>.properties}
 * (Portuguese, English, French, Spanish, Arabic, Ukrainian); a word a language lacks is taken in English. They name
 * a reference number, an area or what falls due, a date and a link, and never a person: whoever follows the link
 * signs in and sees what they are allowed to.
 */
final class Templates {

    static final List<String> LANGUAGES = List.of("pt", "en", "fr", "es", "ar", "uk");
    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");
    private static final String RIGHT_TO_LEFT_MARK = "\u200F";
    /** Only the bundles themselves: never the machine's own language in between. */
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Templates() {
    }

    static Message render(String kind, String language, String reference, InterventionArea area, String topic, Instant when,
                          boolean dateOnly, String link, Integer daysLeft) {
        String code = languageOf(language);
        ResourceBundle words = ResourceBundle.getBundle("i18n/notifications", Locale.forLanguageTag(code), NO_FALLBACK);
        String subject = words.getString(kind + ".subject");
        String text = words.getString(kind + ".text");
        String what = topic != null ? word(words, "topic." + topic, topic)
                : area == null ? "" : area.label(code.equals("pt") ? "pt" : "en");
        String date = when == null ? "" : DateTimeFormatter.ofPattern(words.getString(dateOnly ? "format.date" : "format.dateTime"))
                .format(when.atZone(LISBON));
        Object[] values = {reference, what, date, link == null ? "" : link, daysLeft == null ? "" : daysLeft};
        String direction = word(words, "direction", "ltr").equals("rtl") ? RIGHT_TO_LEFT_MARK : "";
        return new Message(direction + subject.formatted(values).replaceAll(" +", " ").trim(),
                direction + text.formatted(values).replaceAll(" +", " ").trim());
    }

    /** The language of the bundles for an ISO 639-1 code (or a tag such as {@code pt-PT}); Portuguese when none is known, English for any other. */
    static String languageOf(String language) {
        if (language == null || language.isBlank()) {
            return "pt";
        }
        String code = Locale.forLanguageTag(language.replace('_', '-')).getLanguage();
        return LANGUAGES.contains(code) ? code : "en";
    }

    private static String word(ResourceBundle words, String key, String otherwise) {
        try {
            return words.getString(key);
        } catch (MissingResourceException none) {
            return otherwise;
        }
    }
}
