package org.ponte.localstack;

import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * A year of realistic activity, made through the public APIs as technicians, partners and the administrator
 * would make it: four offices in two regions, partners with services, a few hundred people at them, their cases and
 * attendances over the last twelve months, mentoring sessions, referrals in every status, and the Lisboa office's
 * programme of activities and its library, and the network's plan. Seeded, so every
 * fresh stack gets the same story. The names are invented.
 */
final class DemoData {

    private static final String[] FIRST = {"Ana", "Maria", "João", "Bruno", "Aisha", "Oksana", "Rahul", "Fatoumata", "Li", "Carlos",
            "Mariana", "Ibrahim", "Priya", "Olena", "Amadou", "Juliana", "Sandeep", "Nadia", "Tiago", "Wei"};
    private static final String[] LAST = {"Silva", "Santos", "Gomes", "Costa", "Diallo", "Kovalenko", "Sharma", "Baldé", "Zhang", "Pereira",
            "Mendes", "Traoré", "Patel", "Shevchenko", "Cá", "Oliveira", "Singh", "Haddad", "Fernandes", "Chen"};
    private static final String[] NATIONALITIES = {"BR", "BR", "BR", "CV", "CV", "AO", "GW", "ST", "UA", "UA", "IN", "NP", "BD", "PK", "CN", "MA"};
    private static final String[] AREAS = {"LEGAL_STATUS", "LEGAL_STATUS", "EMPLOYMENT_AND_ENTREPRENEURSHIP", "HOUSING", "HEALTH",
            "LANGUAGE", "EDUCATION", "SOCIAL_SUPPORT", "TRAINING", "RECEPTION_AND_INTEGRATION"};
    private static final String[] CHANNELS = {"IN_PERSON", "IN_PERSON", "IN_PERSON", "PHONE", "PHONE", "VIDEO", "EMAIL", "OUTREACH"};

    private final Api api;
    private final StackConfig config;
    private final Random random = new Random(42);

    DemoData(Api api, StackConfig config) {
        this.api = api;
        this.config = config;
    }

    void load(Consumer<String> progress) {
        offices();
        partners();
        progress.accept("demo data: offices and partners in the directory");
        Map<String, String> technicians = Map.of("lisboa", "demo-technician-lisboa", "porto", "demo-technician-porto",
                "amadora", "demo-technician-amadora", "braga", "demo-technician-braga");
        List<String[]> cases = new ArrayList<>();
        int people = 0;
        // Eighty people for each time an office is named: Lisboa is the busiest, Amadora and Braga the smallest.
        for (String office : List.of("lisboa", "lisboa", "porto", "amadora", "braga")) {
            for (int i = 0; i < 80; i++) {
                String technician = technicians.get(office);
                JsonNode person = api.post(config.url(config.casePort()) + "/api/v1/beneficiaries", technician, person(), 201);
                JsonNode aCase = api.post(config.url(config.casePort()) + "/api/v1/cases", technician,
                        Map.of("beneficiaryId", person.get("id").asString(), "areas", List.of(area())), 201);
                cases.add(new String[]{aCase.get("id").asString(), office, person.at("/consent/shareWithPartners").asBoolean() ? "share" : "",
                        person.get("id").asString()});
                for (int a = 0, n = 1 + random.nextInt(5); a < n; a++) {
                    api.post(config.url(config.casePort()) + "/api/v1/cases/" + aCase.get("id").asString() + "/attendances", technician,
                            Map.of("occurredAt", daysAgo(random.nextInt(360)).toString(), "channel", CHANNELS[random.nextInt(CHANNELS.length)],
                                    "areas", List.of(area()), "durationMinutes", 15 + 15 * random.nextInt(6),
                                    "summary", "Acompanhamento (texto de demonstração)"), 201);
                }
                if (++people % 40 == 0) {
                    progress.accept("demo data: " + people + " people with their cases and attendances");
                }
            }
        }
        mentoring(cases, technicians);
        referrals(cases, technicians);
        progress.accept("demo data: mentoring sessions and referrals in every status");
        legalStatus(cases);
        progress.accept("demo data: legal statuses and appointments, some falling due in the coming weeks");
        programme(cases);
        progress.accept("demo data: the Lisboa office's year of activities, guides and publications");
        networkPlan();
        for (int i = 0; i < cases.size(); i += 9) {
            api.post(config.url(config.casePort()) + "/api/v1/cases/" + cases.get(i)[0] + "/close", technicians.get(cases.get(i)[1]),
                    Map.of("reason", "OBJECTIVES_MET"), 200);
        }
    }

    /**
     * The Lisboa office's programme over the last year: technician trainings, awareness actions, network meetings, a
     * training programme for migrants in Portuguese and English, information sessions, a conference for recruiters, a
     * recruitment event, two activities still to come and one cancelled; guides and publications in both languages,
     * one of them withdrawn and one still a draft.
     */
    private void programme(List<String[]> cases) {
        String activities = config.url(config.programmePort()) + "/api/v1/activities";
        List<String> lisboaPeople = cases.stream().filter(aCase -> aCase[1].equals("lisboa")).map(aCase -> aCase[3]).toList();
        String technician = "demo-technician-lisboa";
        // type, title, days ago (negative: still to come), minutes per session, sessions
        Object[][] held = {
                {"TECHNICIAN_TRAINING", "Formação: lei de estrangeiros e autorizações de residência", 340, 180, 1},
                {"TECHNICIAN_TRAINING", "Formação: comunicação intercultural", 300, 240, 1},
                {"TECHNICIAN_TRAINING", "Formação: atendimento a vítimas de tráfico", 250, 180, 2},
                {"TECHNICIAN_TRAINING", "Formação: acesso ao Serviço Nacional de Saúde", 190, 180, 1},
                {"TECHNICIAN_TRAINING", "Formação: reconhecimento de qualificações", 120, 240, 1},
                {"TECHNICIAN_TRAINING", "Formação: proteção de dados pessoais", 60, 180, 1},
                {"AWARENESS_ACTION", "Dia Internacional dos Migrantes na escola", 330, 120, 1},
                {"AWARENESS_ACTION", "Sessão contra a discriminação no arrendamento", 200, 90, 1},
                {"AWARENESS_ACTION", "Feira das culturas do bairro", 100, 240, 1},
                {"NETWORK_MEETING", "Reunião da rede CLAIM da Área Metropolitana", 280, 150, 1},
                {"NETWORK_MEETING", "Reunião de parceiros do plano municipal", 90, 120, 1},
                {"TRAINING_PROGRAMME", "Português para o trabalho / Portuguese for work", 160, 180, 4},
                {"INFORMATION_SESSION", "Sessão de informação: manifestação de interesse", 230, 90, 1},
                {"INFORMATION_SESSION", "Information session: opening a business in Portugal", 70, 90, 1},
                {"CONFERENCE", "Conferência: recrutar talento migrante", 140, 300, 1},
                {"RECRUITMENT_EVENT", "Encontro de emprego e networking", 45, 240, 1}};
        int next = 0;
        for (Object[] activity : held) {
            String id = schedule(activities, technician, activity).get("id").asString();
            String type = (String) activity[0];
            Map<String, Object> participants = new HashMap<>();
            participants.put("heldAt", daysAgo((int) activity[2]).toString());
            participants.put("staffIds", List.of("ana.lisboa", "bruno.lisboa"));
            switch (type) {
                case "TECHNICIAN_TRAINING" -> participants.put("anonymousParticipants", Map.of("TECHNICIANS", 4 + random.nextInt(8)));
                case "NETWORK_MEETING" -> {
                    participants.put("partnerIds", List.of("partner-1", "partner-2"));
                    participants.put("anonymousParticipants", Map.of("TECHNICIANS", 10 + random.nextInt(10)));
                }
                case "CONFERENCE", "RECRUITMENT_EVENT" -> participants.put("anonymousParticipants", Map.of("EMPLOYERS", 12 + random.nextInt(20),
                        "MIGRANTS", 20 + random.nextInt(30)));
                default -> {
                    int registered = type.equals("TRAINING_PROGRAMME") ? 10 : 4;
                    participants.put("beneficiaryIds", lisboaPeople.subList(next, next + registered));
                    next += registered;
                    participants.put("anonymousParticipants", Map.of("MIGRANTS", 5 + random.nextInt(15), "COMMUNITY", 10 + random.nextInt(40)));
                }
            }
            api.post(activities + "/" + id + "/held", technician, participants, 200);
        }
        schedule(activities, technician, new Object[]{"AWARENESS_ACTION", "Semana da diversidade", -20, 180, 1});
        schedule(activities, technician, new Object[]{"TECHNICIAN_TRAINING", "Formação: novas regras da AIMA", -35, 180, 1});
        String cancelled = schedule(activities, technician, new Object[]{"INFORMATION_SESSION", "Sessão no mercado municipal", 15, 60, 1})
                .get("id").asString();
        api.post(activities + "/" + cancelled + "/cancel", technician, Map.of(), 200);

        String resources = config.url(config.programmePort()) + "/api/v1/resources";
        String[][] library = {
                {"GUIDE", "Guia de acolhimento", "Welcome guide", "RECEPTION_AND_INTEGRATION"},
                {"GUIDE", "Guia da autorização de residência", "Residence permit guide", "LEGAL_STATUS"},
                {"GUIDE", "Guia do arrendamento", "Renting a home", "HOUSING"},
                {"GUIDE", "Guia do Serviço Nacional de Saúde", "Using the national health service", "HEALTH"},
                {"GUIDE", "Guia da escola para famílias", "School guide for families", "EDUCATION"},
                {"PUBLICATION", "Boletim do gabinete — primavera", "Office newsletter — spring", "CITIZENSHIP_AND_PARTICIPATION"},
                {"PUBLICATION", "Boletim do gabinete — verão", "Office newsletter — summer", "CITIZENSHIP_AND_PARTICIPATION"},
                {"PUBLICATION", "Boletim do gabinete — outono", "Office newsletter — autumn", "CITIZENSHIP_AND_PARTICIPATION"},
                {"PUBLICATION", "Relatório anual do gabinete", "The office's annual report", "MUNICIPAL_COMMITMENT"},
                {"PUBLICATION", "Folheto: direitos no trabalho", "Leaflet: rights at work", "EMPLOYMENT_AND_ENTREPRENEURSHIP"},
                {"PUBLICATION", "Folheto: aprender português", "Leaflet: learning Portuguese", "LANGUAGE"},
                {"PUBLICATION", "Folheto: contra a discriminação", "Leaflet: against discrimination", "RACISM_AND_DISCRIMINATION"}};
        for (int i = 0; i < library.length; i++) {
            String[] resource = library[i];
            String id = api.post(resources, technician, Map.of("officeId", "lisboa", "type", resource[0], "areas", List.of(resource[3]),
                    "audience", resource[0].equals("GUIDE") ? "MIGRANTS" : "GENERAL_PUBLIC",
                    "titles", Map.of("pt", resource[1], "en", resource[2]),
                    "summaries", Map.of("pt", resource[1] + ": o essencial, passo a passo.", "en", resource[2] + ": the essentials, step by step.")),
                    201).get("id").asString();
            for (String language : List.of("pt", "en")) {
                api.put(resources + "/" + id + "/files/" + language, technician, "application/pdf", pdf(language.equals("pt") ? resource[1] : resource[2]), 200);
            }
            if (i < library.length - 1) {
                api.post(resources + "/" + id + "/publish", technician, Map.of(), 200);
            }
            if (i == 2) {
                api.post(resources + "/" + id + "/withdraw", technician, Map.of(), 200);
            }
        }
    }

    private JsonNode schedule(String activities, String technician, Object[] activity) {
        int sessions = (int) activity[4];
        List<Map<String, Object>> days = new ArrayList<>();
        for (int day = 0; day < sessions; day++) {
            days.add(Map.of("startsAt", daysAgo((int) activity[2] - day).toString(), "durationMinutes", activity[3]));
        }
        String type = (String) activity[0];
        return api.post(activities, technician, Map.of("officeId", "lisboa", "type", type, "title", activity[1],
                "areas", List.of(type.equals("TECHNICIAN_TRAINING") || type.equals("NETWORK_MEETING") ? "MUNICIPAL_COMMITMENT"
                        : type.equals("TRAINING_PROGRAMME") ? "LANGUAGE" : "RECEPTION_AND_INTEGRATION"),
                "languages", type.equals("TRAINING_PROGRAMME") ? List.of("pt", "en") : List.of("pt"),
                "place", "Gabinete de Lisboa, sala 2", "sessions", days), 201);
    }

    /** A one-page PDF that shows its title. */
    private static byte[] pdf(String title) {
        String text = title.replaceAll("[^A-Za-z0-9 .,:-]", "?");
        String stream = "BT /F1 18 Tf 72 720 Td (" + text + ") Tj ET";
        String[] objects = {"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.length; i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(offset -> pdf.append(String.format("%010d 00000 n \n", offset)));
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * The Lisboa office's regularisation work: every fourth person's legal-status timeline (a manifestation of
     * interest, then a residence permit; some ending in the coming weeks, so that the deadlines page and the office's
     * inbox show them), and appointments with agencies, past ones with their outcome and some in the next days.
     */
    private void legalStatus(List<String[]> cases) {
        String technician = "demo-technician-lisboa";
        String[] agencies = {"AIMA", "AIMA", "SOCIAL_SECURITY", "TAX_OFFICE", "HEALTH_CENTRE", "IEFP"};
        String[] outcomes = {"ATTENDED", "ATTENDED", "ATTENDED", "MISSED", "RESCHEDULED", "CANCELLED"};
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Lisbon"));
        List<String> lisboa = cases.stream().filter(aCase -> aCase[1].equals("lisboa")).map(aCase -> aCase[3]).toList();
        for (int i = 0; i < lisboa.size(); i += 4) {
            String person = lisboa.get(i);
            String timeline = config.url(config.casePort()) + "/api/v1/beneficiaries/" + person + "/legal-status";
            api.post(timeline, technician, Map.of("category", "MANIFESTATION_OF_INTEREST", "validFrom", today.minusYears(2).toString(),
                    "validUntil", today.minusYears(1).toString(), "note", "Entrada pelo portal (demonstração)"), 201);
            // Every third permit ends within the next eight weeks.
            LocalDate until = i % 12 == 0 ? today.plusDays(5 + random.nextInt(55)) : today.plusDays(120 + random.nextInt(600));
            api.post(timeline, technician, Map.of("category", "RESIDENCE_PERMIT", "validFrom", today.minusYears(1).toString(),
                    "validUntil", until.toString(), "documentReference", "AR-DEMO-" + (1000 + i)), 201);
            String appointments = config.url(config.casePort()) + "/api/v1/beneficiaries/" + person + "/appointments";
            String agency = agencies[random.nextInt(agencies.length)];
            JsonNode past = api.post(appointments, technician, Map.of("agency", agency, "purpose", "Marcação (demonstração)",
                    "at", daysAgo(10 + random.nextInt(200)).toString(), "place", "Lisboa"), 201);
            api.post(config.url(config.casePort()) + "/api/v1/appointments/" + past.get("id").asString() + "/outcome", technician,
                    Map.of("outcome", outcomes[random.nextInt(outcomes.length)]), 200);
            if (i % 8 == 0) {
                api.post(appointments, technician, Map.of("agency", "AIMA", "purpose", "Recolha de dados biométricos (demonstração)",
                        "at", daysAgo(-(1 + random.nextInt(20))).toString(), "place", "Loja AIMA"), 201);
            }
        }
    }

    /**
     * The network's four demo offices in two NUTS II regions. Each prefix is the first three letters of the id, which
     * is also what case-service numbers by until the directory has reached it, so no demo case is numbered twice over.
     */
    static final List<List<String>> OFFICES = List.of(List.of("lisboa", "CLAIM Lisboa", "Lisboa", "PT1A", "LIS"),
            List.of("amadora", "CLAIM Amadora", "Amadora", "PT1A", "AMA"), List.of("porto", "CLAIM Porto", "Porto", "PT11", "POR"),
            List.of("braga", "CLAIM Braga", "Braga", "PT11", "BRA"));

    private void offices() {
        String url = config.url(config.referralPort()) + "/api/v1/offices";
        for (List<String> office : OFFICES) {
            api.post(url, "demo-admin", Map.of("id", office.get(0), "name", office.get(1), "municipality", office.get(2),
                    "region", office.get(3), "caseNumberPrefix", office.get(4)), 201);
        }
    }

    /** The network's plan over the default plan's three years: the four offices together, four times the default targets. */
    private void networkPlan() {
        int lastYear = LocalDate.now().getYear();
        api.post(config.url(config.reportingPort()) + "/api/v1/plans", "demo-admin", Map.of("id", "rede-claim-" + (lastYear - 2) + "-" + lastYear,
                "name", "Rede CLAIM " + (lastYear - 2) + "–" + lastYear, "periodStart", LocalDate.of(lastYear - 2, 1, 1).toString(),
                "periodEnd", LocalDate.of(lastYear, 12, 31).toString(), "officeIds", List.of("lisboa", "amadora", "porto", "braga"),
                "indicators", List.of(target("BENEFICIARIES_SUPPORTED", "Pessoas apoiadas", 4896), target("ATTENDANCES", "Atendimentos", 14400),
                        target("BENEFICIARIES_MENTORED", "Pessoas com mentoria", 288), target("REFERRALS_MADE", "Encaminhamentos", 1200))), 201);
    }

    private static Map<String, Object> target(String code, String name, long target) {
        return Map.of("code", code, "name", name, "target", target, "source", "EVENTS");
    }

    private void partners() {
        String url = config.url(config.referralPort()) + "/api/v1/partners";
        api.post(url, "demo-admin", Map.of("id", "partner-1", "name", "IEFP — Centro de Emprego de Lisboa", "email", "encaminhamentos@iefp.example.pt",
                "preferredLanguage", "pt", "areas", List.of("EMPLOYMENT_AND_ENTREPRENEURSHIP", "TRAINING"),
                "municipalities", List.of("Lisboa", "Amadora", "Porto"), "languages", List.of("pt", "en"),
                "services", List.of(Map.of("id", "iefp-emprego", "name", "Apoio à procura de emprego", "areas", List.of("EMPLOYMENT_AND_ENTREPRENEURSHIP")),
                        Map.of("id", "iefp-formacao", "name", "Formação profissional", "areas", List.of("TRAINING")))), 201);
        api.post(url, "demo-admin", Map.of("id", "partner-2", "name", "Associação Saúde e Habitação", "email", "apoio@ash.example.org",
                "preferredLanguage", "en", "areas", List.of("HEALTH", "HOUSING", "SOCIAL_SUPPORT"),
                "municipalities", List.of("Lisboa", "Porto"), "languages", List.of("pt", "en", "fr"), "urgentResponseDays", 1,
                "services", List.of(Map.of("id", "ash-saude", "name", "Acompanhamento em saúde", "areas", List.of("HEALTH")),
                        Map.of("id", "ash-habitacao", "name", "Procura de habitação", "areas", List.of("HOUSING")))), 201);
        api.post(url, "demo-admin", Map.of("id", "partner-escola", "name", "Agrupamento de Escolas do Bairro", "email", "secretaria@escola.example.pt",
                "preferredLanguage", "pt", "areas", List.of("EDUCATION", "LANGUAGE"), "municipalities", List.of("Lisboa"),
                "languages", List.of("pt")), 201);
    }

    private void mentoring(List<String[]> cases, Map<String, String> technicians) {
        for (int i = 0; i + 3 < 60; i += 4) {
            String office = cases.get(i)[1];
            if (!office.equals(cases.get(i + 2)[1])) {
                continue;
            }
            api.post(config.url(config.casePort()) + "/api/v1/mentoring-sessions", technicians.get(office),
                    Map.of("kind", "GROUP", "caseIds", List.of(cases.get(i)[0], cases.get(i + 1)[0], cases.get(i + 2)[0]),
                            "area", "EMPLOYMENT_AND_ENTREPRENEURSHIP", "occurredAt", daysAgo(10 + random.nextInt(300)).toString(),
                            "durationMinutes", 90, "topic", "Oficina de procura de emprego"), 201);
        }
    }

    private void referrals(List<String[]> cases, Map<String, String> technicians) {
        String[][] targets = {{"partner-1", "EMPLOYMENT_AND_ENTREPRENEURSHIP"}, {"partner-2", "HEALTH"}, {"partner-2", "HOUSING"}, {"partner-1", "TRAINING"}};
        int made = 0;
        for (String[] aCase : cases) {
            if (aCase[2].isEmpty() || made >= 70) {
                continue;
            }
            String[] target = targets[made % targets.length];
            JsonNode referral = api.post(config.url(config.referralPort()) + "/api/v1/referrals", technicians.get(aCase[1]),
                    Map.of("caseId", aCase[0], "partnerId", target[0], "area", target[1], "priority", made % 5 == 0 ? "URGENT" : "ROUTINE",
                            "reason", "Encaminhamento de demonstração"), 201);
            String id = referral.get("id").asString();
            String partner = "demo-" + target[0];
            String base = config.url(config.referralPort()) + "/api/v1/referrals/" + id;
            switch (made % 6) {
                case 0, 1 -> {
                    api.post(base + "/accept", partner, Map.of("note", "Contactámos a pessoa"), 200);
                    api.post(base + "/complete", partner, Map.of("outcome", made % 2 == 0 ? "SERVICE_PROVIDED" : "PARTIALLY_PROVIDED"), 200);
                }
                case 2 -> api.post(base + "/accept", partner, Map.of("note", "Marcada entrevista"), 200);
                case 3 -> api.post(base + "/decline", partner, Map.of("reason", "NO_CAPACITY", "note", "Sem vagas este mês"), 200);
                case 4 -> api.post(base + "/cancel", technicians.get(aCase[1]), Map.of("note", "A pessoa encontrou resposta"), 200);
                default -> {
                }
            }
            made++;
        }
    }

    private Map<String, Object> person() {
        LocalDate birth = LocalDate.of(1960 + random.nextInt(45), 1 + random.nextInt(12), 1 + random.nextInt(28));
        String first = FIRST[random.nextInt(FIRST.length)];
        String nationality = NATIONALITIES[random.nextInt(NATIONALITIES.length)];
        String language = switch (nationality) {
            case "UA" -> "uk";
            case "MA" -> "ar";
            case "GW", "ST" -> "pt";
            default -> random.nextBoolean() ? "pt" : "en";
        };
        boolean reminders = random.nextInt(10) < 6;
        return Map.of("fullName", first + " " + LAST[random.nextInt(LAST.length)] + " " + LAST[random.nextInt(LAST.length)],
                "dateOfBirth", birth.toString(), "sex", random.nextInt(10) < 5 ? "FEMALE" : random.nextInt(10) < 9 ? "MALE" : "UNDISCLOSED",
                "nationality", nationality, "preferredLanguage", language, "phone", "+351 9" + (10_000_000 + random.nextInt(89_999_999)),
                "email", first.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "") + "." + (1000 + random.nextInt(9000)) + "@example.org",
                "consent", Map.of("dataProcessing", true, "shareWithPartners", random.nextInt(10) < 8, "contactByMessage", reminders),
                "confirmedNotDuplicate", true);
    }

    private String area() {
        return AREAS[random.nextInt(AREAS.length)];
    }

    private static Instant daysAgo(int days) {
        return Instant.now().minus(days, ChronoUnit.DAYS).minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
    }
}
