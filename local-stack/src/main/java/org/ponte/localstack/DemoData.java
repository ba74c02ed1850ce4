package org.ponte.localstack;

import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * A year of realistic activity, made through the public APIs as technicians, partners and the administrator
 * would make it: partners with services, a few hundred people at the Lisboa and Porto offices, their cases and
 * attendances over the last twelve months, mentoring sessions, and referrals in every status. Seeded, so every
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
        partners();
        progress.accept("demo data: partners in the directory");
        Map<String, String> technicians = Map.of("lisboa", "demo-technician-lisboa", "porto", "demo-technician-porto");
        List<String[]> cases = new ArrayList<>();
        int people = 0;
        for (String office : List.of("lisboa", "lisboa", "porto")) {
            for (int i = 0; i < 80; i++) {
                String technician = technicians.get(office);
                JsonNode person = api.post(config.url(config.casePort()) + "/api/v1/beneficiaries", technician, person(), 201);
                JsonNode aCase = api.post(config.url(config.casePort()) + "/api/v1/cases", technician,
                        Map.of("beneficiaryId", person.get("id").asString(), "areas", List.of(area())), 201);
                cases.add(new String[]{aCase.get("id").asString(), office, person.at("/consent/shareWithPartners").asBoolean() ? "share" : ""});
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
        handReportedIndicators();
        progress.accept("demo data: the plan's hand-reported indicators");
        for (int i = 0; i < cases.size(); i += 9) {
            api.post(config.url(config.casePort()) + "/api/v1/cases/" + cases.get(i)[0] + "/close", technicians.get(cases.get(i)[1]),
                    Map.of("reason", "OBJECTIVES_MET"), 200);
        }
    }

    /** What the Lisboa office reports by hand against the default plan: guides, training, awareness, meetings, publications. */
    private void handReportedIndicators() {
        String entries = config.url(config.reportingPort()) + "/api/v1/plans/" + config.defaultPlanId() + "/indicators/%s/entries";
        // code, how many entries, the value of each (in this order, so that the seeded story stays the same)
        Object[][] reported = {{"GUIDES_PUBLISHED", 4, 1}, {"TECHNICIAN_TRAINING_HOURS", 6, 6}, {"AWARENESS_ACTIONS", 2, 1},
                {"NETWORK_MEETINGS", 1, 1}, {"PUBLICATIONS", 9, 2}};
        for (Object[] indicator : reported) {
            for (int i = 0; i < (int) indicator[1]; i++) {
                LocalDate date = LocalDate.now(ZoneOffset.UTC).minusDays(20 + random.nextInt(330));
                api.post(entries.formatted(indicator[0]), "demo-manager-lisboa", Map.of("date", date.toString(), "value", indicator[2],
                        "note", "Registo de demonstração"), 201);
            }
        }
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
        return Map.of("fullName", FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)] + " " + LAST[random.nextInt(LAST.length)],
                "dateOfBirth", birth.toString(), "sex", random.nextInt(10) < 5 ? "FEMALE" : random.nextInt(10) < 9 ? "MALE" : "UNDISCLOSED",
                "nationality", NATIONALITIES[random.nextInt(NATIONALITIES.length)], "preferredLanguage", random.nextBoolean() ? "pt" : "en",
                "phone", "+351 9" + (10_000_000 + random.nextInt(89_999_999)), "consent",
                Map.of("dataProcessing", true, "shareWithPartners", random.nextInt(10) < 8), "confirmedNotDuplicate", true);
    }

    private String area() {
        return AREAS[random.nextInt(AREAS.length)];
    }

    private static Instant daysAgo(int days) {
        return Instant.now().minus(days, ChronoUnit.DAYS).minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
    }
}
