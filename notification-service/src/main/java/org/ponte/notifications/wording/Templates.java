package org.ponte.notifications.wording;

import org.ponte.events.vocabulary.InterventionArea;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * The words of every notification, in Portuguese and English (the recipient's language). They name a
 * reference number, an area, a deadline and a link, and never a person: whoever follows the link signs in
 * and sees what they are allowed to.
 */
final class Templates {

    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");

    private static final Map<String, String[]> PT = Map.of(
            "REFERRAL_REQUESTED", new String[]{"Novo encaminhamento %s", "Recebeu um novo encaminhamento %s na área %s. Por favor responda até %s: %s"},
            "REFERRAL_OVERDUE_PARTNER", new String[]{"Lembrete: encaminhamento %s por responder", "O encaminhamento %s (%s) devia ter resposta até %s. Por favor responda: %s"},
            "REFERRAL_ACCEPTED", new String[]{"Encaminhamento %s aceite", "O parceiro aceitou o encaminhamento %s (%s). %s %s"},
            "REFERRAL_DECLINED", new String[]{"Encaminhamento %s recusado", "O parceiro recusou o encaminhamento %s (%s). %s %s"},
            "REFERRAL_COMPLETED", new String[]{"Encaminhamento %s concluído", "O parceiro concluiu o encaminhamento %s (%s). %s %s"},
            "REFERRAL_OVERDUE_TECHNICIAN", new String[]{"Encaminhamento %s sem resposta", "O parceiro não respondeu ao encaminhamento %s (%s) até %s: %s"},
            "CASE_ASSIGNED", new String[]{"Um processo foi-lhe atribuído", "Foi-lhe atribuído um processo%s%s%s: %s"});

    private static final Map<String, String[]> EN = Map.of(
            "REFERRAL_REQUESTED", new String[]{"New referral %s", "You have a new referral %s in the area %s. Please answer by %s: %s"},
            "REFERRAL_OVERDUE_PARTNER", new String[]{"Reminder: referral %s awaits your answer", "Referral %s (%s) was due an answer by %s. Please answer: %s"},
            "REFERRAL_ACCEPTED", new String[]{"Referral %s accepted", "The partner accepted referral %s (%s). %s %s"},
            "REFERRAL_DECLINED", new String[]{"Referral %s declined", "The partner declined referral %s (%s). %s %s"},
            "REFERRAL_COMPLETED", new String[]{"Referral %s completed", "The partner completed referral %s (%s). %s %s"},
            "REFERRAL_OVERDUE_TECHNICIAN", new String[]{"Referral %s unanswered", "The partner did not answer referral %s (%s) by %s: %s"},
            "CASE_ASSIGNED", new String[]{"A case was assigned to you", "A case was assigned to you%s%s%s: %s"});

    private Templates() {
    }

    static Message render(String kind, String language, String reference, InterventionArea area, Instant deadline, String link) {
        boolean portuguese = language == null || language.toLowerCase(Locale.ROOT).startsWith("pt");
        String[] words = (portuguese ? PT : EN).get(kind);
        String areaLabel = area == null ? "" : area.label(portuguese ? "pt" : "en");
        String when = deadline == null ? "" : DateTimeFormatter.ofPattern(portuguese ? "dd/MM/yyyy HH:mm" : "yyyy-MM-dd HH:mm")
                .format(deadline.atZone(LISBON));
        return new Message(words[0].formatted(reference), words[1].formatted(reference, areaLabel, when, link).replaceAll(" +", " ").trim());
    }
}
