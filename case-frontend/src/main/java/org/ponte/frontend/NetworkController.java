package org.ponte.frontend;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The coordinator's network page: each office of a network plan against its share of each target, in a table that
 * sorts by office, region or any target's progress and keeps one region's offices when asked; and the network's
 * months as a chart. A regional coordinator sees its region only (reporting-service decides; the page follows).
 */
@Controller
class NetworkController {

    private final ServiceApi api;
    private final FrontendProperties services;
    private final Charts charts;

    NetworkController(ServiceApi api, FrontendProperties services, Charts charts) {
        this.api = api;
        this.services = services;
        this.charts = charts;
    }

    /** One office's row: its name and region, and its progress towards each target, in the plan's order. */
    record OfficeRow(String officeId, String name, String region, List<JsonNode> indicators) {

        JsonNode indicator(String code) {
            return indicators.stream().filter(i -> i.get("code").asString().equals(code)).findFirst().orElse(null);
        }
    }

    @GetMapping("/network")
    String network(@ModelAttribute("me") Pages.Me me, @RequestParam(required = false) String plan, @RequestParam(required = false) String region,
                   @RequestParam(defaultValue = "office") String sort, @RequestParam(defaultValue = "asc") String dir,
                   Locale locale, Model model) {
        List<JsonNode> networkPlans = api.get(services.reportingService() + "/api/v1/plans").values().stream()
                .filter(p -> p.path("officeIds").size() > 1).toList();
        JsonNode chosen = networkPlans.stream().filter(p -> p.get("id").asString().equals(plan)).findFirst()
                .orElse(networkPlans.isEmpty() ? null : networkPlans.get(0));
        String regionFilter = region == null || region.isBlank() ? null : region.trim();
        model.addAttribute("plans", networkPlans);
        model.addAttribute("plan", chosen);
        model.addAttribute("region", regionFilter);
        model.addAttribute("sort", sort);
        model.addAttribute("dir", "desc".equals(dir) ? "desc" : "asc");
        if (chosen != null) {
            JsonNode progress = api.get(services.reportingService() + "/api/v1/plans/" + chosen.get("id").asString() + "/progress/offices");
            List<OfficeRow> rows = new ArrayList<>();
            for (JsonNode office : progress.get("offices")) {
                if (regionFilter == null || regionFilter.equals(office.path("region").asString(null))) {
                    rows.add(new OfficeRow(office.get("officeId").asString(), office.get("name").asString(), office.path("region").asString(null),
                            office.get("indicators").values().stream().toList()));
                }
            }
            rows.sort("desc".equals(dir) ? order(sort).reversed() : order(sort));
            model.addAttribute("rows", rows);
            model.addAttribute("codes", rows.isEmpty() ? List.of() : rows.get(0).indicators());
        }
        model.addAttribute("months", charts.network(api.get(monthlyUrl(regionFilter)), locale));
        return "network";
    }

    @GetMapping("/network/monthly.csv")
    ResponseEntity<String> monthlyCsv(@RequestParam(required = false) String region) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"network-monthly.csv\"")
                .contentType(MediaType.parseMediaType("text/csv; charset=UTF-8"))
                .body(api.csv(monthlyUrl(region == null || region.isBlank() ? null : region.trim())));
    }

    private String monthlyUrl(String region) {
        UriComponentsBuilder monthly = UriComponentsBuilder.fromUriString(services.reportingService() + "/api/v1/reports/network/monthly");
        if (region != null) {
            monthly.queryParam("region", region);
        }
        return monthly.encode().toUriString();
    }

    /** By office name, by region, or by the progress (percent of its target) of the indicator of that code. */
    private static Comparator<OfficeRow> order(String sort) {
        return switch (sort) {
            case "office" -> Comparator.comparing(row -> row.name().toLowerCase(Locale.ROOT));
            case "region" -> Comparator.comparing((OfficeRow row) -> Objects.toString(row.region(), "")).thenComparing(OfficeRow::name);
            default -> Comparator.comparingDouble((OfficeRow row) -> row.indicator(sort) == null ? -1 : row.indicator(sort).get("percent").asDouble())
                    .thenComparing(OfficeRow::name);
        };
    }
}
