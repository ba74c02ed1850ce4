package org.ponte.frontend;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.ponte.frontend.Forms.blankToNull;

/**
 * The administrator's plans: every plan with its offices, period, measures and targets, and the form that creates one
 * or changes one: its offices, its period, its measures (level 1 or 2, each in an area), and a target for each
 * indicator counted from events that it takes, plus indicators reported by hand, each under a measure if it belongs to
 * one. The plan's rules are reporting-service's; a refusal comes back next to the fields it names.
 */
@Controller
@RequestMapping("/admin/plans")
class PlansAdminController {

    /** The indicators reporting-service counts from events, in the order the default plan lists them. */
    static final List<String> COUNTED = List.of("BENEFICIARIES_SUPPORTED", "ATTENDANCES", "BENEFICIARIES_MENTORED", "MENTORING_SESSIONS",
            "REFERRALS_MADE", "REFERRALS_COMPLETED", "TECHNICIAN_TRAINING_HOURS", "AWARENESS_ACTIONS", "NETWORK_MEETINGS",
            "GUIDES_PUBLISHED", "PUBLICATIONS");
    /** Empty rows offered for more measures and more hand-reported indicators, besides those a plan has. */
    static final int SPARE_ROWS = 2;

    private final ServiceApi api;
    private final FrontendProperties services;

    PlansAdminController(ServiceApi api, FrontendProperties services) {
        this.api = api;
        this.services = services;
    }

    /** The plans, and the form: empty, or the plan named by {@code edit} as stored. */
    @GetMapping
    String plans(@RequestParam(required = false) String edit, Model model) {
        if (edit != null) {
            JsonNode plan = api.get(services.reportingService() + "/api/v1/plans").values().stream()
                    .filter(p -> p.get("id").asString().equals(edit)).findFirst().orElse(null);
            if (plan != null) {
                return page(edit, formOf(plan), Map.of(), model);
            }
        }
        return page(null, Map.of(), Map.of(), model);
    }

    @PostMapping
    String create(@RequestParam Map<String, String> form, @RequestParam(name = "officeIds", required = false) List<String> officeIds,
                  Model model) {
        try {
            api.post(services.reportingService() + "/api/v1/plans", plan(form, officeIds));
            return "redirect:/admin/plans";
        } catch (ServiceApi.Problem problem) {
            return refused(null, form, officeIds, problem, model);
        }
    }

    @PostMapping("/{id}")
    String change(@PathVariable String id, @RequestParam Map<String, String> form,
                  @RequestParam(name = "officeIds", required = false) List<String> officeIds, Model model) {
        try {
            api.put(services.reportingService() + "/api/v1/plans/" + id, plan(form, officeIds), form.get("version"));
            return "redirect:/admin/plans";
        } catch (ServiceApi.Problem problem) {
            return refused(id, form, officeIds, problem, model);
        }
    }

    private String refused(String editing, Map<String, String> form, List<String> officeIds, ServiceApi.Problem problem, Model model) {
        Map<String, String> kept = new LinkedHashMap<>(form);
        if (officeIds != null) {
            officeIds.forEach(office -> kept.put("office-" + office, "on"));
        }
        model.addAttribute("problem", problem);
        return page(editing, kept, problem.fields, model);
    }

    /** The plan as reporting-service takes it, from the form's rows (a row without a code is an empty one). */
    private static Map<String, Object> plan(Map<String, String> form, List<String> officeIds) {
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("id", blankToNull(form.get("id")));
        plan.put("name", form.getOrDefault("name", ""));
        plan.put("periodStart", blankToNull(form.get("periodStart")));
        plan.put("periodEnd", blankToNull(form.get("periodEnd")));
        plan.put("officeIds", officeIds == null ? List.of() : officeIds);
        List<Map<String, Object>> measures = new ArrayList<>();
        for (int row = 0; form.containsKey("measure-code-" + row); row++) {
            String code = blankToNull(form.get("measure-code-" + row));
            if (code != null) {
                Map<String, Object> measure = new LinkedHashMap<>();
                measure.put("code", code.trim());
                measure.put("name", form.getOrDefault("measure-name-" + row, code).trim());
                measure.put("level", Forms.number(form.get("measure-level-" + row)));
                measure.put("area", blankToNull(form.get("measure-area-" + row)));
                measures.add(measure);
            }
        }
        plan.put("measures", measures);
        List<Map<String, Object>> indicators = new ArrayList<>();
        for (String code : COUNTED) {
            if (form.containsKey("take-" + code)) {
                indicators.add(indicator(code, form.get("name-" + code), form.get("target-" + code), "EVENTS", form.get("measure-" + code)));
            }
        }
        for (int row = 0; form.containsKey("manual-code-" + row); row++) {
            String code = blankToNull(form.get("manual-code-" + row));
            if (code != null) {
                indicators.add(indicator(code, form.get("manual-name-" + row), form.get("manual-target-" + row), "MANUAL",
                        form.get("manual-measure-" + row)));
            }
        }
        plan.put("indicators", indicators);
        return plan;
    }

    private static Map<String, Object> indicator(String code, String name, String target, String source, String measureCode) {
        Map<String, Object> indicator = new LinkedHashMap<>();
        indicator.put("code", code.trim());
        indicator.put("name", name == null || name.isBlank() ? code.trim() : name.trim());
        indicator.put("target", Forms.number(target));
        indicator.put("source", source);
        indicator.put("measureCode", blankToNull(measureCode));
        return indicator;
    }

    /** A stored plan as the form's fields, so that changing it starts from what it is. */
    private static Map<String, String> formOf(JsonNode plan) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("id", plan.get("id").asString());
        form.put("version", plan.path("version").asString(""));
        form.put("name", plan.path("name").asString(""));
        form.put("periodStart", plan.path("periodStart").asString(""));
        form.put("periodEnd", plan.path("periodEnd").asString(""));
        plan.path("officeIds").forEach(office -> form.put("office-" + office.asString(), "on"));
        int row = 0;
        for (JsonNode measure : plan.path("measures")) {
            form.put("measure-code-" + row, measure.path("code").asString(""));
            form.put("measure-name-" + row, measure.path("name").asString(""));
            form.put("measure-level-" + row, measure.path("level").asString(""));
            form.put("measure-area-" + row, measure.path("area").asString(""));
            row++;
        }
        int manual = 0;
        for (JsonNode indicator : plan.path("indicators")) {
            String code = indicator.path("code").asString();
            if ("EVENTS".equals(indicator.path("source").asString()) && COUNTED.contains(code)) {
                form.put("take-" + code, "on");
                form.put("name-" + code, indicator.path("name").asString(code));
                form.put("target-" + code, indicator.path("target").asString(""));
                form.put("measure-" + code, indicator.path("measureCode").asString(""));
            } else {
                form.put("manual-code-" + manual, code);
                form.put("manual-name-" + manual, indicator.path("name").asString(code));
                form.put("manual-target-" + manual, indicator.path("target").asString(""));
                form.put("manual-measure-" + manual, indicator.path("measureCode").asString(""));
                manual++;
            }
        }
        return form;
    }

    /** The rows of a kind the form has: up to the last one filled in, and spare ones after it. */
    private static List<Integer> rows(Map<String, String> form, String prefix) {
        int filled = form.entrySet().stream().filter(field -> field.getKey().startsWith(prefix) && !field.getValue().isBlank())
                .mapToInt(field -> Integer.parseInt(field.getKey().substring(prefix.length())) + 1).max().orElse(0);
        return IntStream.range(0, filled + SPARE_ROWS).boxed().toList();
    }

    private String page(String editing, Map<String, String> form, Map<String, String> errors, Model model) {
        model.addAttribute("plans", api.get(services.reportingService() + "/api/v1/plans"));
        model.addAttribute("offices", api.get(services.referralService() + "/api/v1/offices"));
        model.addAttribute("counted", COUNTED);
        model.addAttribute("editing", editing);
        model.addAttribute("measureRows", rows(form, "measure-code-"));
        model.addAttribute("manualRows", rows(form, "manual-code-"));
        model.addAttribute("form", form);
        model.addAttribute("fresh", form.isEmpty());
        model.addAttribute("errors", errors);
        model.addAttribute("measureErrors", errors.entrySet().stream().filter(error -> error.getKey().startsWith("measures"))
                .map(Map.Entry::getValue).toList());
        model.addAttribute("indicatorErrors", errors.entrySet().stream().filter(error -> error.getKey().startsWith("indicators"))
                .map(Map.Entry::getValue).toList());
        return "admin-plans";
    }
}
