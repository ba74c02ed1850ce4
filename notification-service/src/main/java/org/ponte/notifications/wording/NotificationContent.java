package org.ponte.notifications.wording;

import org.ponte.events.vocabulary.InterventionArea;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * What a notification says, before it is put into words: its kind, a reference number (a referral's or a case's),
 * the area or what falls due ({@code topic}: a legal-status category or an agency, as its code), the date that
 * matters (a deadline; {@code dateOnly} for a day without a time), the link, the days left. Kept with the
 * notification, so each reader gets it in their own language when it is shown or sent, not in the language known
 * when the event arrived.
 */
public record NotificationContent(String kind, String referenceNumber, InterventionArea area, Instant deadline, String link,
                                  String topic, Boolean dateOnly, Integer daysLeft) {

    public static final String PORTUGUESE = "pt";
    public static final String ENGLISH = "en";

    /** A notification about a referral or a case. */
    public NotificationContent(String kind, String referenceNumber, InterventionArea area, Instant deadline, String link) {
        this(kind, referenceNumber, area, deadline, link, null, false, null);
    }

    /** Null for what was kept before these fields existed, read as absent. */
    public Message in(String language) {
        return Templates.render(kind, language, referenceNumber == null ? "" : referenceNumber, area, topic, deadline,
                Boolean.TRUE.equals(dateOnly), link, daysLeft);
    }

    /** The language of those Ponte writes in that an {@code Accept-Language} header prefers; Portuguese when it names none. */
    public static String languageOf(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return PORTUGUESE;
        }
        try {
            String best = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), Templates.LANGUAGES);
            return best == null ? PORTUGUESE : best;
        } catch (IllegalArgumentException malformed) {
            return PORTUGUESE;
        }
    }
}
