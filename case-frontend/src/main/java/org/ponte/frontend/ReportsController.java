package org.ponte.frontend;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.Map;

/** The manager's reports: the referral funnel and demographics (small counts already hidden), and CSV downloads. */
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
    String reports(Model model) {
        model.addAttribute("funnel", api.get(services.reportingService() + REPORTS.get("referral-funnel")));
        model.addAttribute("demographics", api.get(services.reportingService() + REPORTS.get("demographics")));
        return "reports";
    }

    @GetMapping("/reports/{name}.csv")
    ResponseEntity<String> csv(@PathVariable String name) {
        String path = REPORTS.get(name);
        if (path == null) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".csv\"")
                .contentType(MediaType.parseMediaType("text/csv; charset=UTF-8"))
                .body(api.csv(services.reportingService() + path));
    }
}
