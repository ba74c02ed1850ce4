package org.ponte.notifications.wording;

import org.ponte.events.vocabulary.InterventionArea;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * What a notification says, before it is put into words: its kind, the referral's reference number, the area,
 * the deadline and the link. Kept with the notification, so each reader gets it in their own language when it
 * is shown or sent (a partner's directory language, a user's browser language), not in the language known
 * when the event arrived.
 */
public record NotificationContent(String kind, String referenceNumber, InterventionArea area, Instant deadline, String link) {

    public static final String PORTUGUESE = "pt";
    public static final String ENGLISH = "en";

    public Message in(String language) {
        return Templates.render(kind, language, referenceNumber == null ? "" : referenceNumber, area, deadline, link);
    }

    /** The language of the two that an {@code Accept-Language} header prefers; Portuguese when it names neither. */
    public static String languageOf(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return PORTUGUESE;
        }
        try {
            String best = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), List.of(PORTUGUESE, ENGLISH));
            return best == null ? PORTUGUESE : best;
        } catch (IllegalArgumentException malformed) {
            return PORTUGUESE;
        }
    }
}
