package org.ponte.frontend;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The manager's reports: monthly attendances, the referral funnel and demographics (small counts already
 * hidden by reporting-service), and a CSV download of each. Managers see their office; coordinators and administrators
 * pick offices, or a region, and see every office they may when they pick none.
 */
@Controller
class ReportsController {

    private static final Map<String, String> REPORTS = Map.of(
            "monthly-attendances", "/api/v1/reports/attendances/monthly",
            "referral-funnel", "/api/v1/reports/referrals/funnel",
            "demographics", "/api/v1/reports/demographics");

    private final ServiceApi api;
    private final FrontendProperties services;
    private final Pages pages;
    private final Charts charts;

    ReportsController(ServiceApi api, FrontendProperties services, Pages pages, Charts charts) {
        this.api = api;
        this.services = services;
        this.pages = pages;
        this.charts = charts;
    }

    /** What the reports cover: the offices picked (none: every office the reader may see), or a region, and the months. */
    record Selection(List<String> officeIds, String region, String from, String to) {

        Selection {
            officeIds = officeIds == null ? List.of() : officeIds.stream().filter(id -> !id.isBlank()).map(String::trim).toList();
            region = region == null || region.isBlank() ? null : region.trim();
        }
    }

    @GetMapping("/reports")
    String reports(@ModelAttribute("me") Pages.Me me, @RequestParam(name = "officeId", required = false) List<String> officeIds,
                   @RequestParam(required = false) String region, @RequestParam(required = false) String from,
                   @RequestParam(required = false) String to, Locale locale, Model model) {
        Selection selection = new Selection(officeIds, region, from, to);
        model.addAttribute("selection", selection);
        model.addAttribute("offices", pages.pickableOffices(me));
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        try {
            JsonNode monthly = api.get(url("monthly-attendances", selection));
            model.addAttribute("byArea", charts.attendancesByArea(monthly, locale));
            model.addAttribute("byChannel", charts.attendancesByChannel(monthly, locale));
            JsonNode funnel = api.get(url("referral-funnel", selection));
            model.addAttribute("funnel", funnel);
            model.addAttribute("funnelChart", charts.funnel(funnel, locale));
            model.addAttribute("demographics", api.get(url("demographics", selection)));
        } catch (ServiceApi.Problem problem) {
            model.addAttribute("problem", problem); // an office or a region the reader may not see, say
        }
        return "reports";
    }

    @GetMapping("/reports/{name}.csv")
    ResponseEntity<String> csv(@PathVariable String name, @RequestParam(name = "officeId", required = false) List<String> officeIds,
                               @RequestParam(required = false) String region, @RequestParam(required = false) String from,
                               @RequestParam(required = false) String to) {
        if (!REPORTS.containsKey(name)) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".csv\"")
                .contentType(MediaType.parseMediaType("text/csv; charset=UTF-8"))
                .body(api.csv(url(name, new Selection(officeIds, region, from, to))));
    }

    private String url(String report, Selection selection) {
        UriComponentsBuilder url = UriComponentsBuilder.fromUriString(services.reportingService() + REPORTS.get(report));
        selection.officeIds().forEach(officeId -> url.queryParam("officeId", officeId));
        if (selection.region() != null) {
            url.queryParam("region", selection.region());
        }
        Map.of("from", selection.from() == null ? "" : selection.from(), "to", selection.to() == null ? "" : selection.to())
                .forEach((name, value) -> {
                    if (!value.isBlank()) {
                        // The page asks for months (2026-11); reporting-service takes days and covers whole months anyway.
                        url.queryParam(name, value.trim().matches("\\d{4}-\\d{2}") ? value.trim() + "-01" : value.trim());
                    }
                });
        return url.encode().toUriString();
    }
}
