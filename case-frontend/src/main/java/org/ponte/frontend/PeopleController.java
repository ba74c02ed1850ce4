package org.ponte.frontend;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.ponte.frontend.Forms.blankToNull;

/**
 * The technician's pages on a person's record: registering one (and opening the case), correcting the record
 * (a change someone made meanwhile is refused, not overwritten) and erasing it, after a confirmation that says
 * what goes and what stays.
 */
@Controller
class PeopleController {

    private final ServiceApi api;
    private final FrontendProperties services;

    PeopleController(ServiceApi api, FrontendProperties services) {
        this.api = api;
        this.services = services;
    }

    @GetMapping("/people/new")
    String newPerson(Model model) {
        model.addAttribute("form", Map.of());
        return "person-new";
    }

    @PostMapping("/people")
    String register(@RequestParam Map<String, String> form, Model model) {
        Map<String, Object> person = record(form);
        person.put("confirmedNotDuplicate", form.containsKey("confirmedNotDuplicate"));
        try {
            String beneficiaryId = api.post(services.caseService() + "/api/v1/beneficiaries", person).get("id").asString();
            String area = form.getOrDefault("area", "RECEPTION_AND_INTEGRATION");
            String caseId = api.post(services.caseService() + "/api/v1/cases",
                    Map.of("beneficiaryId", beneficiaryId, "areas", List.of(area))).get("id").asString();
            return "redirect:/cases/" + caseId;
        } catch (ServiceApi.Problem problem) {
            model.addAttribute("form", form);
            model.addAttribute("problem", problem);
            model.addAttribute("errors", problem.fields);
            model.addAttribute("matches", problem.body.path("possibleMatches"));
            return "person-new";
        }
    }

    /** The record as the form shows it, with the version read, so that saving it refuses a change made meanwhile. */
    @GetMapping("/people/{id}/edit")
    String edit(@PathVariable String id, @RequestParam(required = false) String caseId, Model model) {
        JsonNode person = api.get(services.caseService() + "/api/v1/beneficiaries/" + id);
        Map<String, String> form = new LinkedHashMap<>();
        for (String field : List.of("fullName", "dateOfBirth", "sex", "nationality", "preferredLanguage", "phone", "email")) {
            if (person.hasNonNull(field)) {
                form.put(field, person.get(field).asString());
            }
        }
        for (String consent : List.of("dataProcessing", "shareWithPartners", "contactByMessage")) {
            if (person.path("consent").path(consent).asBoolean(false)) {
                form.put(consent, "on");
            }
        }
        form.put("version", person.path("version").asString(""));
        return editPage(id, caseId, form, model);
    }

    @PostMapping("/people/{id}")
    String correct(@PathVariable String id, @RequestParam(required = false) String caseId, @RequestParam Map<String, String> form, Model model) {
        try {
            api.put(services.caseService() + "/api/v1/beneficiaries/" + id, record(form), form.get("version"));
            return caseId == null || caseId.isBlank() ? "redirect:/cases?person=" + id : "redirect:/cases/" + caseId;
        } catch (ServiceApi.Problem problem) {
            model.addAttribute("problem", problem);
            model.addAttribute("errors", problem.fields);
            return editPage(id, caseId, form, model);
        }
    }

    private String editPage(String id, String caseId, Map<String, String> form, Model model) {
        model.addAttribute("personId", id);
        model.addAttribute("caseId", caseId);
        model.addAttribute("form", form);
        return "person-edit";
    }

    /** What erasing the person takes away and what it leaves, before it is done. */
    @GetMapping("/people/{id}/erase")
    String confirmErasure(@PathVariable String id, @RequestParam(required = false) String caseId, Model model) {
        model.addAttribute("person", api.get(services.caseService() + "/api/v1/beneficiaries/" + id));
        model.addAttribute("personId", id);
        model.addAttribute("caseId", caseId);
        return "person-erase";
    }

    @PostMapping("/people/{id}/erase")
    String erase(@PathVariable String id, RedirectAttributes next) {
        api.delete(services.caseService() + "/api/v1/beneficiaries/" + id);
        next.addFlashAttribute("erased", true);
        return "redirect:/cases";
    }

    /** The person's record as the form holds it, as case-service takes it. */
    private static Map<String, Object> record(Map<String, String> form) {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("fullName", form.get("fullName"));
        person.put("dateOfBirth", blankToNull(form.get("dateOfBirth")));
        person.put("sex", blankToNull(form.get("sex")));
        person.put("nationality", blankToNull(form.get("nationality")));
        person.put("preferredLanguage", blankToNull(form.get("preferredLanguage")));
        person.put("phone", blankToNull(form.get("phone")));
        person.put("email", blankToNull(form.get("email")));
        person.put("consent", Forms.consent(form));
        return person;
    }
}
