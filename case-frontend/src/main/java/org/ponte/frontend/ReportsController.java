package org.ponte.frontend;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.Map;

/**
 * The manager's reports: monthly attendances, the referral funnel and demographics (small counts already
 * hidden by reporting-service), and a CSV download of each. Managers see their office; administrators name one.
 */
@Controller
class ReportsController {

    private static final Map<String, String> REPORTS = Map.of(
            "monthly-attendances", "/api/v1/reports/attendances/monthly",
            "referral-funnel", "/api/v1/reports/referrals/funnel",
            "demographics", "/api/v1/reports/demographics");

    private final ServiceApi api;
    private final FrontendProperties services;

    ReportsController(ServiceApi api, FrontendProperties services) {
        this.api = api;
        this.services = services;
    }

    @GetMapping("/reports")
    String reports(@RequestParam(required = false) String officeId, @RequestParam(required = false) String from,
                   @RequestParam(required = false) String to, Model model) {
        model.addAttribute("officeId", officeId);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        try {
            model.addAttribute("monthly", MonthlyChart.of(api.get(url("monthly-attendances", officeId, from, to))));
            model.addAttribute("funnel", api.get(url("referral-funnel", officeId, from, to)));
            model.addAttribute("demographics", api.get(url("demographics", officeId, from, to)));
        } catch (ServiceApi.Problem problem) {
            model.addAttribute("problem", problem); // an administrator who has not named an office yet, say
        }
        return "reports";
    }

    @GetMapping("/reports/{name}.csv")
    ResponseEntity<String> csv(@PathVariable String name, @RequestParam(required = false) String officeId,
                               @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        if (!REPORTS.containsKey(name)) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".csv\"")
                .contentType(MediaType.parseMediaType("text/csv; charset=UTF-8"))
                .body(api.csv(url(name, officeId, from, to)));
    }

    private String url(String report, String officeId, String from, String to) {
        UriComponentsBuilder url = UriComponentsBuilder.fromUriString(services.reportingService() + REPORTS.get(report));
        Map.of("officeId", officeId == null ? "" : officeId, "from", from == null ? "" : from, "to", to == null ? "" : to)
                .forEach((name, value) -> {
                    if (!value.isBlank()) {
                        // The page asks for months (2026-11); reporting-service takes days and covers whole months anyway.
                        url.queryParam(name, value.trim().matches("\\d{4}-\\d{2}") ? value.trim() + "-01" : value.trim());
                    }
                });
        return url.encode().toUriString();
    }
}
