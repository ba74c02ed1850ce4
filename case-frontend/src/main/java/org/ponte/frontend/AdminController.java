package org.ponte.frontend;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.ponte.frontend.Forms.blankToNull;

/**
 * The administrator's pages: the partner directory (add a partner, take one off or back on), the deliveries of
 * notifications (a DEAD one sent again), and the audit log of personal data, searched per service. Only
 * administrators reach them ({@link SecurityConfiguration}); the services check again.
 */
@Controller
@RequestMapping("/admin")
class AdminController {

    /** The services that keep an audit log, by the name the page offers. */
    private static final List<String> AUDITED = List.of("case", "referral", "notification", "reporting");

    private final ServiceApi api;
    private final FrontendProperties services;

    AdminController(ServiceApi api, FrontendProperties services) {
        this.api = api;
        this.services = services;
    }

    @GetMapping("/partners")
    String partners(Model model) {
        model.addAttribute("partners", api.get(services.referralService() + "/api/v1/partners"));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
            model.addAttribute("form", Map.of());
        }
        return "admin-partners";
    }

    @PostMapping("/partners")
    String addPartner(@RequestParam Map<String, String> form, @RequestParam(name = "areas", required = false) List<String> areas, Model model) {
        Map<String, Object> partner = new LinkedHashMap<>();
        partner.put("id", blankToNull(form.get("id")));
        partner.put("name", form.get("name"));
        partner.put("email", form.get("email"));
        partner.put("preferredLanguage", form.getOrDefault("preferredLanguage", "pt"));
        partner.put("areas", areas == null ? List.of() : areas);
        partner.put("municipalities", Arrays.stream(form.getOrDefault("municipalities", "").split(","))
                .map(String::trim).filter(m -> !m.isEmpty()).toList());
        try {
            api.post(services.referralService() + "/api/v1/partners", partner);
        } catch (ServiceApi.Problem problem) {
            model.addAttribute("problem", problem);
            model.addAttribute("errors", problem.fields);
            model.addAttribute("form", form);
            return partners(model);
        }
        return "redirect:/admin/partners";
    }

    /** The directory entry as it is, with {@code active} switched: PUT takes the whole entry. */
    @PostMapping("/partners/{id}/active")
    String setActive(@PathVariable String id, @RequestParam boolean active) {
        ObjectNode entry = (ObjectNode) api.get(services.referralService() + "/api/v1/partners/" + id);
        entry.put("active", active);
        List.of("id", "revision", "updatedAt").forEach(entry::remove);
        api.put(services.referralService() + "/api/v1/partners/" + id, entry);
        return "redirect:/admin/partners";
    }

    @GetMapping("/deliveries")
    String deliveries(@RequestParam(required = false) String status, Model model) {
        UriComponentsBuilder url = UriComponentsBuilder.fromUriString(services.notificationService() + "/api/v1/deliveries").queryParam("size", 100);
        if (status != null && !status.isBlank()) {
            url.queryParam("status", status);
        }
        model.addAttribute("deliveries", api.get(url.encode().toUriString()).path("items"));
        model.addAttribute("status", status);
        return "admin-deliveries";
    }

    @PostMapping("/deliveries/{id}/retry")
    String retry(@PathVariable String id, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        JsonNode retried = api.post(services.notificationService() + "/api/v1/deliveries/" + id + "/retry", Map.of());
        if (htmx != null) {
            model.addAttribute("d", retried);
            return "admin-deliveries :: delivery";
        }
        return "redirect:/admin/deliveries?status=DEAD";
    }

    @GetMapping("/audit")
    String audit(@RequestParam(defaultValue = "case") String service, @RequestParam(required = false) String subjectId,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        if (!AUDITED.contains(service)) {
            service = "case";
        }
        String base = switch (service) {
            case "referral" -> services.referralService();
            case "notification" -> services.notificationService();
            case "reporting" -> services.reportingService();
            default -> services.caseService();
        };
        UriComponentsBuilder url = UriComponentsBuilder.fromUriString(base + "/api/v1/audit").queryParam("size", 100);
        if (subjectId != null && !subjectId.isBlank()) {
            url.queryParam("subjectId", subjectId.trim());
        }
        // The page asks for days; the log takes instants: from the start of the first day to the end of the last.
        if (from != null) {
            url.queryParam("from", from.atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        if (to != null) {
            url.queryParam("to", to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        model.addAttribute("entries", api.get(url.encode().toUriString()).path("items"));
        model.addAttribute("services", AUDITED);
        model.addAttribute("service", service);
        model.addAttribute("subjectId", subjectId);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return "admin-audit";
    }
}
