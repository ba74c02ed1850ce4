package org.ponte.frontend;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.ponte.frontend.Forms.blankToNull;

/**
 * The administrator's plans: every plan with its offices, period and targets, and the form that creates one: its
 * offices, its period, and a target for each indicator counted from events that it takes, plus indicators reported
 * by hand. The plan's rules are reporting-service's; a refusal comes back next to the fields it names.
 */
@Controller
@RequestMapping("/admin/plans")
class PlansAdminController {

    /** The indicators reporting-service counts from events, in the order the default plan lists them. */
    static final List<String> COUNTED = List.of("BENEFICIARIES_SUPPORTED", "ATTENDANCES", "BENEFICIARIES_MENTORED", "MENTORING_SESSIONS",
            "REFERRALS_MADE", "REFERRALS_COMPLETED", "TECHNICIAN_TRAINING_HOURS", "AWARENESS_ACTIONS", "NETWORK_MEETINGS",
            "GUIDES_PUBLISHED", "PUBLICATIONS");
    /** Rows for indicators reported by hand. */
    static final int HAND_REPORTED_ROWS = 2;

    private final ServiceApi api;
    private final FrontendProperties services;

    PlansAdminController(ServiceApi api, FrontendProperties services) {
        this.api = api;
        this.services = services;
    }

    @GetMapping
    String plans(Model model) {
        return page(Map.of(), Map.of(), model);
    }

    @PostMapping
    String create(@RequestParam Map<String, String> form, @RequestParam(name = "officeIds", required = false) List<String> officeIds,
                  Model model) {
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("id", blankToNull(form.get("id")));
        plan.put("name", form.getOrDefault("name", ""));
        plan.put("periodStart", blankToNull(form.get("periodStart")));
        plan.put("periodEnd", blankToNull(form.get("periodEnd")));
        plan.put("officeIds", officeIds == null ? List.of() : officeIds);
        List<Map<String, Object>> indicators = new ArrayList<>();
        for (String code : COUNTED) {
            if (form.containsKey("take-" + code)) {
                indicators.add(indicator(code, form.getOrDefault("name-" + code, code), form.get("target-" + code), "EVENTS"));
            }
        }
        for (int row = 0; row < HAND_REPORTED_ROWS; row++) {
            String code = blankToNull(form.get("manual-code-" + row));
            if (code != null) {
                indicators.add(indicator(code, form.getOrDefault("manual-name-" + row, code), form.get("manual-target-" + row), "MANUAL"));
            }
        }
        plan.put("indicators", indicators);
        try {
            api.post(services.reportingService() + "/api/v1/plans", plan);
            return "redirect:/admin/plans";
        } catch (ServiceApi.Problem problem) {
            Map<String, String> kept = new LinkedHashMap<>(form);
            if (officeIds != null) {
                officeIds.forEach(office -> kept.put("office-" + office, "on"));
            }
            model.addAttribute("problem", problem);
            return page(kept, problem.fields, model);
        }
    }

    private static Map<String, Object> indicator(String code, String name, String target, String source) {
        Map<String, Object> indicator = new LinkedHashMap<>();
        indicator.put("code", code.trim());
        indicator.put("name", name == null || name.isBlank() ? code : name.trim());
        indicator.put("target", Forms.number(target));
        indicator.put("source", source);
        return indicator;
    }

    private String page(Map<String, String> form, Map<String, String> errors, Model model) {
        JsonNode plans = api.get(services.reportingService() + "/api/v1/plans");
        model.addAttribute("plans", plans);
        model.addAttribute("offices", api.get(services.referralService() + "/api/v1/offices"));
        model.addAttribute("counted", COUNTED);
        model.addAttribute("manualRows", java.util.stream.IntStream.range(0, HAND_REPORTED_ROWS).boxed().toList());
        model.addAttribute("form", form);
        model.addAttribute("fresh", form.isEmpty());
        model.addAttribute("errors", errors);
        model.addAttribute("indicatorErrors", errors.entrySet().stream().filter(error -> error.getKey().startsWith("indicators"))
                .map(Map.Entry::getValue).toList());
        return "admin-plans";
    }
}
