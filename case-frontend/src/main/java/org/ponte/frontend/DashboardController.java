package org.ponte.frontend;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The manager's dashboard: each plan's indicators against target and expected pace, with their status; the
 * monthly attendances by area as a chart; and the form for the indicators reported by hand.
 */
@Controller
class DashboardController {

    private final ServiceApi api;
    private final FrontendProperties services;
    private final Pages pages;
    private final Charts charts;

    DashboardController(ServiceApi api, FrontendProperties services, Pages pages, Charts charts) {
        this.api = api;
        this.services = services;
        this.pages = pages;
        this.charts = charts;
    }

    /** A plan, its progress (as figures and as a chart), and the codes of its hand-reported indicators. */
    record PlanProgress(JsonNode plan, JsonNode progress, ChartTable chart, List<JsonNode> manualIndicators) {
    }

    @GetMapping("/dashboard")
    String dashboard(@ModelAttribute("me") Pages.Me me, @RequestParam(required = false) String officeId, Locale locale, Model model) {
        List<PlanProgress> plans = new ArrayList<>();
        for (JsonNode plan : api.get(services.reportingService() + "/api/v1/plans")) {
            List<JsonNode> manual = new ArrayList<>();
            plan.path("indicators").forEach(indicator -> {
                if ("MANUAL".equals(indicator.path("source").asString(""))) {
                    manual.add(indicator);
                }
            });
            String planId = plan.get("id").asString();
            JsonNode progress = api.get(services.reportingService() + "/api/v1/plans/" + planId + "/progress");
            plans.add(new PlanProgress(plan, progress, charts.progress(planId, progress, locale), manual));
        }
        model.addAttribute("plans", plans);
        model.addAttribute("offices", pages.pickableOffices(me));
        String office = officeId != null && !officeId.isBlank() ? officeId.trim() : me.officeId();
        model.addAttribute("officeId", office);
        if (office != null && me.manager()) {
            try {
                model.addAttribute("retention", api.get(UriComponentsBuilder.fromUriString(services.caseService() + "/api/v1/retention")
                        .queryParam("officeId", office)));
            } catch (ServiceApi.Problem | ServiceApi.Unavailable unknown) {
                // the dashboard stands without it
            }
        }
        if (office != null) {
            model.addAttribute("chart", charts.attendancesByArea(api.get(UriComponentsBuilder.fromUriString(services.reportingService()
                    + "/api/v1/reports/attendances/monthly").queryParam("officeId", office).encode().toUriString()), locale));
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "dashboard";
    }

    @PostMapping("/dashboard/plans/{planId}/entries")
    String report(@ModelAttribute("me") Pages.Me me, @PathVariable String planId, @RequestParam String code,
                  @RequestParam Map<String, String> form, Locale locale, Model model) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("date", form.get("date") == null || form.get("date").isBlank() ? null : form.get("date"));
        entry.put("value", form.get("value") == null || form.get("value").isBlank() ? null : form.get("value").trim());
        entry.put("note", form.getOrDefault("note", ""));
        try {
            api.post(services.reportingService() + "/api/v1/plans/" + planId + "/indicators/" + code + "/entries", entry);
        } catch (ServiceApi.Problem problem) {
            model.addAttribute("problem", problem);
            model.addAttribute("errors", problem.fields);
            return dashboard(me, null, locale, model);
        }
        return "redirect:/dashboard";
    }
}
