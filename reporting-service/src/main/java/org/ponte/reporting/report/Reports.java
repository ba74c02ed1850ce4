package org.ponte.reporting.report;

import org.bson.Document;
import org.ponte.reporting.facts.ReportingProjection;
import org.ponte.reporting.office.OfficeSet;
import org.ponte.reporting.progress.IndicatorCounts;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The reports, computed from the facts, with small counts suppressed. Attendance facts are streamed from a cursor,
 * never listed: a busy office's year is hundreds of thousands of them (the replay benchmark's million ran
 * reporting-service out of heap), while what a report keeps is one count per cell or one fact per person.
 */
@Service
class Reports {

    private final MongoOperations mongo;

    Reports(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** One row per month, office, channel and area: attendances (an attendance in two areas counts in each). */
    record MonthlyAttendances(String month, String officeId, String channel, String area, String attendances) {
    }

    /** One row per partner and area. The median time to respond is in hours, over referrals answered. */
    record FunnelRow(String partnerId, String area, String requested, String accepted, String declined, String completed,
                     String cancelled, String overdue, Double medianHoursToRespond) {
    }

    /** Distinct people supported (with an attendance in the period), by each category on its own. */
    record Demographics(Map<String, String> nationality, Map<String, String> sex, Map<String, String> ageBand) {
    }

    List<MonthlyAttendances> monthlyAttendances(OfficeSet offices, LocalDate from, LocalDate to) {
        Map<String, Map<String, Long>> groups = new TreeMap<>();
        try (Stream<Document> facts = mongo.stream(only(IndicatorCounts.within(offices, "occurredAt", from, to), "month", "officeId", "channel", "areas"),
                Document.class, ReportingProjection.ATTENDANCES)) {
            facts.forEach(fact -> {
                String group = fact.getString("month") + "|" + fact.getString("officeId");
                for (Object area : fact.getList("areas", Object.class)) {
                    groups.computeIfAbsent(group, g -> new TreeMap<>()).merge(fact.getString("channel") + "|" + area, 1L, Long::sum);
                }
            });
        }
        List<MonthlyAttendances> rows = new ArrayList<>();
        groups.forEach((group, cells) -> Suppression.apply(cells).forEach((cell, shown) -> {
            String[] g = group.split("\\|");
            String[] c = cell.split("\\|");
            rows.add(new MonthlyAttendances(g[0], g[1], c[0], c[1], shown));
        }));
        return rows;
    }

    /** One row per month, office and activity type: activities held (not cancelled since) and their minutes in all. */
    record MonthlyActivities(String month, String officeId, String type, long activities, long minutes) {
    }

    /**
     * One row per month, office and category of participant: REGISTERED (distinct people registered in Ponte),
     * STAFF, PARTNERS (organisations) and the anonymous head counts (MIGRANTS, COMMUNITY…). People are counted, so
     * small counts are hidden as everywhere else.
     */
    record MonthlyParticipants(String month, String officeId, String category, String participants) {
    }

    List<MonthlyActivities> monthlyActivities(OfficeSet offices, LocalDate from, LocalDate to) {
        Map<String, long[]> cells = new TreeMap<>();
        try (Stream<Document> facts = mongo.stream(only(IndicatorCounts.held(offices, from, to), "month", "officeId", "type", "minutes"),
                Document.class, ReportingProjection.ACTIVITIES)) {
            facts.forEach(fact -> {
                long[] cell = cells.computeIfAbsent(fact.getString("month") + "|" + fact.getString("officeId") + "|" + fact.getString("type"),
                        key -> new long[2]);
                cell[0]++;
                cell[1] += fact.get("minutes", Number.class).longValue();
            });
        }
        List<MonthlyActivities> rows = new ArrayList<>();
        cells.forEach((key, cell) -> {
            String[] k = key.split("\\|");
            rows.add(new MonthlyActivities(k[0], k[1], k[2], cell[0], cell[1]));
        });
        return rows;
    }

    List<MonthlyParticipants> monthlyParticipants(OfficeSet offices, LocalDate from, LocalDate to) {
        Map<String, Map<String, Long>> groups = new TreeMap<>();
        Map<String, Set<Object>> registered = new TreeMap<>();
        try (Stream<Document> facts = mongo.stream(only(IndicatorCounts.held(offices, from, to), "month", "officeId", "beneficiaryIds",
                "staff", "partners", "anonymous"), Document.class, ReportingProjection.ACTIVITIES)) {
            facts.forEach(fact -> {
                String group = fact.getString("month") + "|" + fact.getString("officeId");
                Map<String, Long> cells = groups.computeIfAbsent(group, g -> new TreeMap<>());
                registered.computeIfAbsent(group, g -> new HashSet<>()).addAll(fact.getList("beneficiaryIds", Object.class, List.of()));
                cells.merge("STAFF", count(fact, "staff"), Long::sum);
                cells.merge("PARTNERS", count(fact, "partners"), Long::sum);
                fact.get("anonymous", new Document()).forEach((category, count) -> cells.merge(category, ((Number) count).longValue(), Long::sum));
            });
        }
        List<MonthlyParticipants> rows = new ArrayList<>();
        groups.forEach((group, cells) -> {
            cells.put("REGISTERED", (long) registered.get(group).size());
            cells.values().removeIf(count -> count == 0);
            String[] g = group.split("\\|");
            Suppression.apply(cells).forEach((category, shown) -> rows.add(new MonthlyParticipants(g[0], g[1], category, shown)));
        });
        return rows;
    }

    /**
     * One row per month, office and legal-status category: the distinct people supported that month (with an
     * attendance, or in an activity held), by the status in force on the month's last day (the entry that started
     * last by then; NOT_RECORDED when there is none). People are counted, so small counts are hidden.
     */
    record MonthlyLegalStatus(String month, String officeId, String category, String people) {
    }

    /**
     * One row per agency: appointments in the period by what became of them ({@code open}: none recorded yet), and
     * the no-show rate (missed of attended or missed, in percent) when neither count is small enough to be hidden.
     */
    record AppointmentOutcomes(String agency, String appointments, String attended, String missed, String rescheduled, String cancelled,
                               String open, Double noShowPercent) {
    }

    List<MonthlyLegalStatus> monthlyLegalStatus(OfficeSet offices, LocalDate from, LocalDate to) {
        Map<String, Set<String>> supported = new TreeMap<>();
        try (Stream<Document> facts = mongo.stream(only(IndicatorCounts.within(offices, "occurredAt", from, to), "month", "officeId", "beneficiaryId"),
                Document.class, ReportingProjection.ATTENDANCES)) {
            facts.forEach(fact -> supported.computeIfAbsent(fact.getString("month") + "|" + fact.getString("officeId"), g -> new HashSet<>())
                    .add(fact.getString("beneficiaryId")));
        }
        try (Stream<Document> facts = mongo.stream(only(IndicatorCounts.held(offices, from, to), "month", "officeId", "beneficiaryIds"),
                Document.class, ReportingProjection.ACTIVITIES)) {
            facts.forEach(fact -> supported.computeIfAbsent(fact.getString("month") + "|" + fact.getString("officeId"), g -> new HashSet<>())
                    .addAll(fact.getList("beneficiaryIds", String.class, List.of())));
        }
        Map<String, List<Document>> statuses = new HashMap<>();
        try (Stream<Document> facts = mongo.stream(Query.query(offices.isEveryOffice() ? new Criteria() : Criteria.where("officeId").in(offices.officeIds())).cursorBatchSize(2000), Document.class,
                ReportingProjection.LEGAL_STATUSES)) {
            facts.forEach(fact -> statuses.computeIfAbsent(fact.getString("beneficiaryId"), person -> new ArrayList<>()).add(fact));
        }
        List<MonthlyLegalStatus> rows = new ArrayList<>();
        supported.forEach((group, people) -> {
            String[] g = group.split("\\|");
            LocalDate monthEnd = YearMonth.parse(g[0]).atEndOfMonth();
            Map<String, Long> byCategory = people.stream().collect(Collectors.groupingBy(
                    person -> statusOn(statuses.getOrDefault(person, List.of()), monthEnd), TreeMap::new, Collectors.counting()));
            Suppression.apply(byCategory).forEach((category, shown) -> rows.add(new MonthlyLegalStatus(g[0], g[1], category, shown)));
        });
        return rows;
    }

    /** The category in force on the day, else the one that started last by then, else NOT_RECORDED. */
    private static String statusOn(List<Document> entries, LocalDate day) {
        Comparator<Document> latestStart = Comparator.comparing((Document entry) -> entry.getString("validFrom"))
                .thenComparing(entry -> entry.getDate("recordedAt"));
        List<Document> started = entries.stream().filter(entry -> !LocalDate.parse(entry.getString("validFrom")).isAfter(day)).toList();
        return started.stream().filter(entry -> entry.getString("validUntil") == null || !LocalDate.parse(entry.getString("validUntil")).isBefore(day))
                .max(latestStart).or(() -> started.stream().max(latestStart))
                .map(entry -> entry.getString("category")).orElse("NOT_RECORDED");
    }

    List<AppointmentOutcomes> appointmentOutcomes(OfficeSet offices, LocalDate from, LocalDate to) {
        Map<String, List<Document>> byAgency = mongo.find(IndicatorCounts.within(offices, "at", from, to), Document.class,
                ReportingProjection.APPOINTMENTS).stream().collect(Collectors.groupingBy(fact -> fact.getString("agency"), TreeMap::new, Collectors.toList()));
        List<AppointmentOutcomes> rows = new ArrayList<>();
        byAgency.forEach((agency, facts) -> {
            Function<String, Long> withOutcome = outcome -> facts.stream().filter(fact -> outcome.equals(fact.getString("outcome"))).count();
            long attended = withOutcome.apply("ATTENDED");
            long missed = withOutcome.apply("MISSED");
            // A rate would give away a hidden count (the total is known from the others), so it shows only when neither is hidden.
            Double noShow = attended + missed == 0 || Suppression.isSmall(attended) || Suppression.isSmall(missed) ? null
                    : Math.round(missed * 1000.0 / (attended + missed)) / 10.0;
            rows.add(new AppointmentOutcomes(agency, Suppression.apply(facts.size()), Suppression.apply(attended), Suppression.apply(missed),
                    Suppression.apply(withOutcome.apply("RESCHEDULED")), Suppression.apply(withOutcome.apply("CANCELLED")),
                    Suppression.apply(facts.stream().filter(fact -> fact.getString("outcome") == null).count()), noShow));
        });
        return rows;
    }

    List<FunnelRow> funnel(OfficeSet offices, LocalDate from, LocalDate to) {
        Map<String, List<Document>> byPartnerAndArea = mongo.find(IndicatorCounts.within(offices, "requestedAt", from, to), Document.class,
                        ReportingProjection.REFERRALS).stream()
                .collect(Collectors.groupingBy(f -> f.getString("partnerId") + "|" + f.getString("area"), TreeMap::new, Collectors.toList()));
        List<FunnelRow> rows = new ArrayList<>();
        byPartnerAndArea.forEach((key, facts) -> {
            String[] k = key.split("\\|");
            Function<String, String> count = field -> Suppression.apply(facts.stream().filter(f -> f.get(field) != null).count());
            List<Long> hoursToRespond = facts.stream()
                    .map(f -> firstOf(f.getDate("acceptedAt"), f.getDate("declinedAt")) == null ? null
                            : Duration.between(f.getDate("requestedAt").toInstant(), firstOf(f.getDate("acceptedAt"), f.getDate("declinedAt")).toInstant()).toMinutes())
                    .filter(minutes -> minutes != null).sorted().toList();
            rows.add(new FunnelRow(k[0], k[1], count.apply("requestedAt"), count.apply("acceptedAt"), count.apply("declinedAt"),
                    count.apply("completedAt"), count.apply("cancelledAt"),
                    Suppression.apply(facts.stream().filter(f -> Boolean.TRUE.equals(f.getBoolean("overdue"))).count()),
                    median(hoursToRespond)));
        });
        return rows;
    }

    Demographics demographics(OfficeSet offices, LocalDate from, LocalDate to) {
        Map<String, Document> latestByPerson = new TreeMap<>();
        try (Stream<Document> facts = mongo.stream(only(IndicatorCounts.within(offices, "occurredAt", from, to), "beneficiaryId", "occurredAt",
                "nationality", "sex", "ageBand"), Document.class, ReportingProjection.ATTENDANCES)) {
            facts.forEach(fact -> latestByPerson.merge(fact.getString("beneficiaryId"), fact,
                    (a, b) -> a.getDate("occurredAt").after(b.getDate("occurredAt")) ? a : b));
        }
        return new Demographics(countBy(latestByPerson, "nationality"), countBy(latestByPerson, "sex"), countBy(latestByPerson, "ageBand"));
    }

    private static Map<String, String> countBy(Map<String, Document> people, String category) {
        Map<String, Long> counts = people.values().stream()
                .collect(Collectors.groupingBy(fact -> fact.getString(category), TreeMap::new, Collectors.counting()));
        return Suppression.apply(counts);
    }

    private static long count(Document fact, String field) {
        Number count = fact.get(field, Number.class);
        return count == null ? 0 : count.longValue();
    }

    private static Query only(Query query, String... fields) {
        query.fields().include(fields);
        return query;
    }

    private static Date firstOf(Date a, Date b) {
        return a == null ? b : b == null ? a : a.before(b) ? a : b;
    }

    private static Double median(List<Long> minutes) {
        if (minutes.isEmpty()) {
            return null;
        }
        int middle = minutes.size() / 2;
        double median = minutes.size() % 2 == 1 ? minutes.get(middle) : (minutes.get(middle - 1) + minutes.get(middle)) / 2.0;
        return Math.round(median / 60.0 * 10) / 10.0;
    }
}
