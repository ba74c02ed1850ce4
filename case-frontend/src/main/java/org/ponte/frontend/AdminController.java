package org.ponte.frontend;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.ponte.frontend.Forms.blankToNull;

/**
 * The administrator's pages: the partner directory (add a partner, take one off or back on), the network's offices
 * (add one, change one, close one), the deliveries of
 * notifications (a DEAD one sent again), and the audit log of personal data, searched per service. Only
 * administrators reach them ({@link SecurityConfiguration}); the services check again.
 */
@Controller
@RequestMapping("/admin")
class AdminController {

    /** The services that keep an audit log, by the name the page offers. */
    private static final int PER_PAGE = 50;
    private static final List<String> AUDITED = List.of("case", "referral", "notification", "reporting");

    private final ServiceApi api;
    private final FrontendProperties services;

    AdminController(ServiceApi api, FrontendProperties services) {
        this.api = api;
        this.services = services;
    }

    /** The directory, and the form to add a partner, or to change the one named by {@code edit}. */
    @GetMapping("/partners")
    String partners(@RequestParam(required = false) String edit, Model model) {
        model.addAttribute("partners", api.get(services.referralService() + "/api/v1/partners?includeInactive=true"));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
            Map<String, String> form = new LinkedHashMap<>();
            if (edit != null && !edit.isBlank()) {
                JsonNode partner = api.get(services.referralService() + "/api/v1/partners/" + edit);
                List.of("id", "name", "email", "preferredLanguage", "urgentResponseDays", "routineResponseDays").forEach(field -> {
                    if (partner.hasNonNull(field)) {
                        form.put(field, partner.get(field).asString());
                    }
                });
                form.put("municipalities", String.join(", ", partner.path("municipalities").valueStream().map(JsonNode::asString).toList()));
                partner.path("areas").forEach(area -> form.put("area-" + area.asString(), "on"));
                int row = 0;
                for (JsonNode service : partner.path("services")) {
                    form.put("service-id-" + row, service.path("id").asString(""));
                    form.put("service-name-" + row, service.path("name").asString(""));
                    form.put("service-description-" + row, service.path("description").asString(""));
                    final int at = row++;
                    service.path("areas").forEach(area -> form.put("service-" + at + "-area-" + area.asString(), "on"));
                }
                form.put("existing", "true");
            }
            model.addAttribute("form", form);
        }
        Map<?, ?> form = (Map<?, ?>) model.getAttribute("form");
        long services = form.keySet().stream().filter(key -> key.toString().startsWith("service-id-")
                && !String.valueOf(form.get(key)).isBlank()).count();
        model.addAttribute("serviceRows", java.util.stream.IntStream.range(0, (int) services + 1).boxed().toList());
        return "admin-partners";
    }

    /**
     * Adds a partner, or changes one ({@code existing=true}): PUT takes the whole entry, so what the form does not
     * show (languages, description, whether it is active) is kept as the directory has it.
     */
    @PostMapping("/partners")
    String savePartner(@RequestParam Map<String, String> form, @RequestParam(name = "areas", required = false) List<String> areas,
                       @RequestParam MultiValueMap<String, String> chosen, Model model) {
        boolean existing = "true".equals(form.get("existing"));
        Map<String, Object> partner = new LinkedHashMap<>();
        if (existing) {
            ObjectNode entry = (ObjectNode) api.get(services.referralService() + "/api/v1/partners/" + form.get("id"));
            List.of("id", "revision", "updatedAt").forEach(entry::remove);
            entry.properties().forEach(property -> partner.put(property.getKey(), property.getValue()));
        } else {
            partner.put("id", blankToNull(form.get("id")));
        }
        partner.put("name", form.get("name"));
        partner.put("email", form.get("email"));
        partner.put("preferredLanguage", form.getOrDefault("preferredLanguage", "pt"));
        partner.put("areas", areas == null ? List.of() : areas);
        partner.put("municipalities", Arrays.stream(form.getOrDefault("municipalities", "").split(","))
                .map(String::trim).filter(m -> !m.isEmpty()).toList());
        partner.put("urgentResponseDays", Forms.number(form.get("urgentResponseDays")));
        partner.put("routineResponseDays", Forms.number(form.get("routineResponseDays")));
        partner.put("services", offerings(form, chosen));
        try {
            if (existing) {
                api.put(services.referralService() + "/api/v1/partners/" + form.get("id"), partner);
            } else {
                api.post(services.referralService() + "/api/v1/partners", partner);
            }
        } catch (ServiceApi.Problem problem) {
            Map<String, String> kept = new LinkedHashMap<>(form);
            if (areas != null) {
                areas.forEach(area -> kept.put("area-" + area, "on"));
            }
            chosen.forEach((name, values) -> {
                if (name.startsWith("service-areas-")) {
                    values.forEach(area -> kept.put("service-" + name.substring("service-areas-".length()) + "-area-" + area, "on"));
                }
            });
            model.addAttribute("problem", problem);
            model.addAttribute("errors", problem.fields);
            model.addAttribute("form", kept);
            return partners(null, model);
        }
        return "redirect:/admin/partners";
    }

    /** The services the partner offers (HSDS services), one per filled row of the form: an id, a name, what it is, its areas. */
    private static List<Map<String, Object>> offerings(Map<String, String> form, MultiValueMap<String, String> chosen) {
        List<Map<String, Object>> offerings = new ArrayList<>();
        for (int row = 0; form.containsKey("service-id-" + row); row++) {
            String id = blankToNull(form.get("service-id-" + row));
            if (id != null) {
                Map<String, Object> offering = new LinkedHashMap<>();
                offering.put("id", id.trim());
                offering.put("name", form.getOrDefault("service-name-" + row, "").trim());
                offering.put("description", blankToNull(form.get("service-description-" + row)));
                offering.put("areas", chosen.getOrDefault("service-areas-" + row, List.of()));
                offerings.add(offering);
            }
        }
        return offerings;
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

    /** The directory as Open Referral HSDS, to download. */
    @GetMapping("/partners/export")
    ResponseEntity<byte[]> exportDirectory() {
        ResponseEntity<byte[]> exported = api.file(services.referralService() + "/api/v1/partners/export");
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("ponte-directory-hsds.json").build().toString())
                .body(exported.getBody());
    }

    /** An HSDS document of organisations, uploaded, into the directory; what the directory refused shows on the page. */
    @PostMapping("/partners/import")
    String importDirectory(@RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes next) throws IOException {
        try {
            JsonNode imported = api.postJson(services.referralService() + "/api/v1/partners/import", file == null ? new byte[0] : file.getBytes());
            next.addFlashAttribute("imported", imported.path("imported").asInt());
            return "redirect:/admin/partners";
        } catch (ServiceApi.Problem problem) {
            model.addAttribute("problem", problem);
            model.addAttribute("importErrors", problem.fields);
            return partners(null, model);
        }
    }

    /** The offices, and the form to add one, or to change the one named by {@code edit}. */
    @GetMapping("/offices")
    String offices(@RequestParam(required = false) String edit, Model model) {
        JsonNode offices = api.get(services.referralService() + "/api/v1/offices?includeInactive=true");
        model.addAttribute("offices", offices);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
            Map<String, String> form = new LinkedHashMap<>();
            offices.values().stream().filter(office -> office.get("id").asString().equals(edit)).findFirst().ifPresent(office -> {
                List.of("id", "name", "municipality", "region", "caseNumberPrefix").forEach(field -> form.put(field, office.path(field).asString("")));
                form.put("active", Boolean.toString(office.path("active").asBoolean()));
                form.put("existing", "true");
            });
            model.addAttribute("form", form);
        }
        return "admin-offices";
    }

    /** Adds an office, or changes the one of that id when {@code existing} says the form edits it. */
    @PostMapping("/offices")
    String saveOffice(@RequestParam Map<String, String> form, Model model) {
        Map<String, Object> office = new LinkedHashMap<>();
        office.put("id", blankToNull(form.get("id")));
        office.put("name", form.get("name"));
        office.put("municipality", form.get("municipality"));
        office.put("region", blankToNull(form.get("region")));
        office.put("caseNumberPrefix", blankToNull(form.get("caseNumberPrefix")));
        office.put("active", !"false".equals(form.get("active")));
        try {
            if ("true".equals(form.get("existing"))) {
                api.put(services.referralService() + "/api/v1/offices/" + UriUtils.encodePathSegment(form.getOrDefault("id", ""), StandardCharsets.UTF_8), office);
            } else {
                api.post(services.referralService() + "/api/v1/offices", office);
            }
        } catch (ServiceApi.Problem problem) {
            model.addAttribute("problem", problem);
            model.addAttribute("errors", problem.fields);
            model.addAttribute("form", form);
            return offices(null, model);
        }
        return "redirect:/admin/offices";
    }

    @GetMapping("/deliveries")
    String deliveries(@RequestParam(required = false) String status, @RequestParam(required = false) String sort,
                      @RequestParam(defaultValue = "0") int page, Model model) {
        ListQuery query = ListQuery.of(services.notificationService() + "/api/v1/deliveries", "/admin/deliveries", PER_PAGE, page, sort)
                .filter("status", status);
        JsonNode found = api.get(query.service());
        model.addAttribute("deliveries", found.path("items"));
        model.addAttribute("paging", query.paged(found));
        model.addAttribute("order", query.order());
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
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                 @RequestParam(required = false) String sort, @RequestParam(defaultValue = "0") int page, Model model) {
        if (!AUDITED.contains(service)) {
            service = "case";
        }
        String base = switch (service) {
            case "referral" -> services.referralService();
            case "notification" -> services.notificationService();
            case "reporting" -> services.reportingService();
            default -> services.caseService();
        };
        ListQuery query = ListQuery.of(base + "/api/v1/audit", "/admin/audit", PER_PAGE, page, sort)
                .keep("service", service).filter("subjectId", subjectId)
                .keep("from", from).keep("to", to);
        // The page asks for days; the log takes instants: from the start of the first day to the end of the last.
        if (from != null) {
            query.ask("from", from.atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        if (to != null) {
            query.ask("to", to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        JsonNode found = api.get(query.service());
        model.addAttribute("entries", found.path("items"));
        model.addAttribute("paging", query.paged(found));
        model.addAttribute("order", query.order());
        model.addAttribute("services", AUDITED);
        model.addAttribute("service", service);
        model.addAttribute("subjectId", subjectId);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return "admin-audit";
    }
}
