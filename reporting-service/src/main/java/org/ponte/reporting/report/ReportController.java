package org.ponte.reporting.report;

import org.ponte.events.vocabulary.ActivityType;
import org.ponte.events.vocabulary.InterventionArea;
import org.ponte.events.vocabulary.Region;
import org.ponte.reporting.office.NetworkOffices;
import org.ponte.reporting.office.OfficeSet;
import org.ponte.platform.web.ApiProblem;
import org.ponte.platform.security.CurrentUser;
import org.ponte.platform.web.StorableTime;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * {@code /api/v1/reports}: monthly attendances, the referral funnel, demographics, and the monthly programme
 * (activities by type, participants by category), and the network's offices side by side, for managers of
 * their office, coordinators of the network (or of their region) and administrators. Each report covers the offices
 * named ({@code officeId}, repeated), or those of a {@code region}, or with neither every office the caller may see; JSON by default, CSV with {@code Accept: text/csv}. Counts of people below 5 read
 * "&lt;5", and the counts hidden to protect them "x" (see {@link Suppression}); counts of work done are shown as they
 * are. Periods are whole months.
 */
@RestController
@RequestMapping("/api/v1/reports")
class ReportController {

    private static final String CSV = "text/csv";

    private final Reports reports;
    private final NetworkReport networkReport;
    private final NetworkOffices network;

    private final Clock clock;

    ReportController(Reports reports, NetworkReport networkReport, NetworkOffices network, Clock clock) {
        this.clock = clock;
        this.reports = reports;
        this.networkReport = networkReport;
        this.network = network;
    }

    /** Each office's figures side by side with all of them together; the offices named, those of a region, or all the caller may see. */
    @GetMapping("/network")
    NetworkReport.Network network(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) List<String> officeId,
            @RequestParam(required = false) Region region,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return networkReport.of(network.select(user, officeId, region), from(from), to(to));
    }

    /**
     * The network's months side by side, by default the twelve up to this one; at most five years, since each month is
     * counted apart.
     */
    @GetMapping("/network/monthly")
    List<NetworkReport.NetworkMonth> networkMonthly(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) List<String> officeId,
            @RequestParam(required = false) Region region,
                                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        OfficeSet selection = network.select(user, officeId, region);
        LocalDate last = to == null ? LocalDate.now(clock).with(TemporalAdjusters.lastDayOfMonth()) : to(to);
        LocalDate first = from == null ? last.minusMonths(11).withDayOfMonth(1) : from(from);
        if (first.isAfter(last) || first.plusYears(5).isBefore(last)) {
            throw ApiProblem.ruleViolated("invalid-period", "from", "Ask for one to sixty months, from before to.");
        }
        return networkReport.monthly(selection, first, last);
    }

    @GetMapping(value = "/network/monthly", produces = CSV)
    String networkMonthlyCsv(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) List<String> officeId,
            @RequestParam(required = false) Region region,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return csv(List.of("month", "attendances", "peopleSupported", "referralsMade"), networkMonthly(user, officeId, region, from, to).stream()
                .map(m -> List.of(m.month(), m.attendances(), m.peopleSupported(), m.referralsMade())).toList());
    }

    /** One row per office and a last row, {@code network}, for all of them together; a column per indicator. */
    @GetMapping(value = "/network", produces = CSV)
    String networkCsv(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) List<String> officeId,
            @RequestParam(required = false) Region region,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        NetworkReport.Network report = network(user, officeId, region, from, to);
        List<String> codes = List.copyOf(report.total().keySet());
        List<String> header = new ArrayList<>(List.of("officeId", "name", "region"));
        header.addAll(codes);
        List<List<String>> rows = new ArrayList<>();
        for (NetworkReport.OfficeFigures office : report.offices()) {
            List<String> row = new ArrayList<>(List.of(office.officeId(), office.name(), office.region() == null ? "" : office.region()));
            codes.forEach(code -> row.add(office.figures().get(code)));
            rows.add(row);
        }
        List<String> total = new ArrayList<>(List.of("network", "", ""));
        codes.forEach(code -> total.add(report.total().get(code)));
        rows.add(total);
        return csv(header, rows);
    }

    /** Rows of one area only with {@code area}. */
    @GetMapping("/attendances/monthly")
    List<Reports.MonthlyAttendances> monthly(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) List<String> officeId,
            @RequestParam(required = false) Region region,
                                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                             @RequestParam(required = false) InterventionArea area) {
        return reports.monthlyAttendances(network.select(user, officeId, region), from(from), to(to)).stream()
                .filter(row -> area == null || row.area().equals(area.name())).toList();
    }

    @GetMapping(value = "/attendances/monthly", produces = CSV)
    String monthlyCsv(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) List<String> officeId,
            @RequestParam(required = false) Region region,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                      @RequestParam(required = false) InterventionArea area) {
        return csv(List.of("month", "officeId", "channel", "area", "attendances"), monthly(user, officeId, region, from, to, area).stream()
                .map(r -> List.of(r.month(), Objects.toString(r.officeId(), ""), r.channel(), r.area(), r.attendances())).toList());
    }

    /** Rows of one activity type with {@code type}. */
    @GetMapping("/activities/monthly")
    List<Reports.MonthlyActivities> activities(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) List<String> officeId,
            @RequestParam(required = false) Region region,
                                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                               @RequestParam(required = false) ActivityType type) {
        return reports.monthlyActivities(network.select(user, officeId, region), from(from), to(to)).stream()
                .filter(row -> type == null || row.type().equals(type.name())).toList();
    }

    @GetMapping(value = "/activities/monthly", produces = CSV)
    String activitiesCsv(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) List<String> officeId,
            @RequestParam(required = false) Region region,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                         @RequestParam(required = false) ActivityType type) {
        return csv(List.of("month", "officeId", "type", "activities", "minutes"), activities(user, officeId, region, from, to, type).stream()
                .map(r -> List.of(r.month(), Objects.toString(r.officeId(), ""), r.type(), Long.toString(r.activities()), Long.toString(r.minutes()))).toList());
    }

    @GetMapping("/activities/participants/monthly")
    List<Reports.MonthlyParticipants> participants(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) List<String> officeId,
            @RequestParam(required = false) Region region,
                                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return reports.monthlyParticipants(network.select(user, officeId, region), from(from), to(to));
    }

    @GetMapping(value = "/activities/participants/monthly", produces = CSV)
    String participantsCsv(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) List<String> officeId,
            @RequestParam(required = false) Region region,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return csv(List.of("month", "officeId", "category", "participants"), participants(user, officeId, region, from, to).stream()
                .map(r -> List.of(r.month(), Objects.toString(r.officeId(), ""), r.category(), r.participants())).toList());
    }

    @GetMapping("/legal-status/monthly")
    List<Reports.MonthlyLegalStatus> legalStatus(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) List<String> officeId,
            @RequestParam(required = false) Region region,
                                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return reports.monthlyLegalStatus(network.select(user, officeId, region), from(from), to(to));
    }

    @GetMapping(value = "/legal-status/monthly", produces = CSV)
    String legalStatusCsv(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) List<String> officeId,
            @RequestParam(required = false) Region region,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return csv(List.of("month", "officeId", "category", "people"), legalStatus(user, officeId, region, from, to).stream()
                .map(r -> List.of(r.month(), Objects.toString(r.officeId(), ""), r.category(), r.people())).toList());
    }

    @GetMapping("/appointments/outcomes")
    List<Reports.AppointmentOutcomes> appointments(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) List<String> officeId,
            @RequestParam(required = false) Region region,
                                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return reports.appointmentOutcomes(network.select(user, officeId, region), from(from), to(to));
    }

    @GetMapping(value = "/appointments/outcomes", produces = CSV)
    String appointmentsCsv(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) List<String> officeId,
            @RequestParam(required = false) Region region,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return csv(List.of("agency", "appointments", "attended", "missed", "rescheduled", "cancelled", "open", "noShowPercent"),
                appointments(user, officeId, region, from, to).stream().map(r -> List.of(r.agency(), r.appointments(), r.attended(), r.missed(),
                        r.rescheduled(), r.cancelled(), r.open(), r.noShowPercent() == null ? "" : r.noShowPercent().toString())).toList());
    }

    /** Rows of one area and/or one partner with {@code area} and {@code partnerId}. */
    @GetMapping("/referrals/funnel")
    List<Reports.FunnelRow> funnel(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) List<String> officeId,
            @RequestParam(required = false) Region region,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                   @RequestParam(required = false) InterventionArea area, @RequestParam(required = false) String partnerId) {
        return reports.funnel(network.select(user, officeId, region), from(from), to(to)).stream()
                .filter(row -> area == null || row.area().equals(area.name()))
                .filter(row -> partnerId == null || row.partnerId().equals(partnerId)).toList();
    }

    @GetMapping(value = "/referrals/funnel", produces = CSV)
    String funnelCsv(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) List<String> officeId,
            @RequestParam(required = false) Region region,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                     @RequestParam(required = false) InterventionArea area, @RequestParam(required = false) String partnerId) {
        return csv(List.of("partnerId", "area", "requested", "accepted", "declined", "completed", "cancelled", "overdue",
                "medianHoursToRespond"), funnel(user, officeId, region, from, to, area, partnerId).stream()
                .map(r -> List.of(r.partnerId(), r.area(), r.requested(), r.accepted(), r.declined(), r.completed(), r.cancelled(),
                        r.overdue(), r.medianHoursToRespond() == null ? "" : r.medianHoursToRespond().toString())).toList());
    }

    @GetMapping("/demographics")
    Reports.Demographics demographics(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) List<String> officeId,
            @RequestParam(required = false) Region region,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return reports.demographics(network.select(user, officeId, region), from(from), to(to));
    }

    @GetMapping(value = "/demographics", produces = CSV)
    String demographicsCsv(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) List<String> officeId,
            @RequestParam(required = false) Region region,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Reports.Demographics d = demographics(user, officeId, region, from, to);
        List<List<String>> rows = new ArrayList<>();
        Map.of("nationality", d.nationality(), "sex", d.sex(), "ageBand", d.ageBand()).entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(category -> category.getValue().forEach((value, people) -> rows.add(List.of(category.getKey(), value, people))));
        return csv(List.of("category", "value", "people"), rows);
    }

    /**
     * Reports cover whole months: {@code from} is taken back to the first day of its month and {@code to} on to
     * the last, so two windows a day apart cannot be compared to single out the people of one day.
     */
    private static LocalDate from(LocalDate from) {
        return from == null ? LocalDate.of(2000, 1, 1) : StorableTime.requireStorable("from", from).withDayOfMonth(1);
    }

    private static LocalDate to(LocalDate to) {
        return to == null ? LocalDate.of(2999, 12, 31) : StorableTime.requireStorable("to", to).with(TemporalAdjusters.lastDayOfMonth());
    }

    private static String csv(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder(String.join(",", header)).append("\r\n");
        for (List<String> row : rows) {
            out.append(row.stream().map(ReportController::cell).collect(Collectors.joining(","))).append("\r\n");
        }
        return out.toString();
    }

    private static String cell(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("<") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
