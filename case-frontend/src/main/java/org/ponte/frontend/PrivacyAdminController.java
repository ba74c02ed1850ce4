package org.ponte.frontend;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The administrator's view of personal data: the record of processing of every service (what each stores about people,
 * why, for how long, which fields are sealed), as each service reads it from its own code; and the subject-access
 * export of one person, gathered from every service's API (each read audited there), as a page and as JSON.
 */
@Controller
@RequestMapping("/admin/privacy")
class PrivacyAdminController {

    private final ServiceApi api;
    private final FrontendProperties services;

    PrivacyAdminController(ServiceApi api, FrontendProperties services) {
        this.api = api;
        this.services = services;
    }

    @GetMapping
    String record(Model model) {
        Map<String, JsonNode> records = new LinkedHashMap<>();
        everyService().forEach((name, url) -> records.put(name, api.get(url + "/api/v1/processing-record")));
        model.addAttribute("records", records);
        return "admin-privacy";
    }

    @GetMapping("/people")
    String find(@RequestParam String id) {
        return "redirect:" + UriComponentsBuilder.fromPath("/admin/privacy/people/{id}").buildAndExpand(id.trim()).encode().toUriString();
    }

    @GetMapping("/people/{id}")
    String export(@PathVariable String id, Model model) {
        model.addAttribute("personId", id);
        model.addAttribute("holdings", holdings(id));
        return "admin-subject-access";
    }

    @GetMapping("/people/{id}/export.json")
    ResponseEntity<String> exportJson(@PathVariable String id) {
        Map<String, Object> everything = new LinkedHashMap<>();
        everything.put("personId", id);
        everything.put("services", holdings(id));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"ponte-subject-access-" + id.replaceAll("[^A-Za-z0-9-]", "") + ".json\"")
                .contentType(MediaType.APPLICATION_JSON)
                .body(JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(everything));
    }

    private Map<String, JsonNode> holdings(String id) {
        Map<String, JsonNode> holdings = new LinkedHashMap<>();
        everyService().forEach((name, url) -> holdings.put(name, api.get(UriComponentsBuilder.fromUriString(url + "/api/v1/subject-access/{id}")
                .uriVariables(Map.of("id", id)))));
        return holdings;
    }

    private Map<String, String> everyService() {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("case-service", services.caseService());
        all.put("referral-service", services.referralService());
        all.put("notification-service", services.notificationService());
        all.put("programme-service", services.programmeService());
        all.put("reporting-service", services.reportingService());
        return all;
    }
}
