package org.ponte.frontend;

import org.ponte.events.vocabulary.ResourceAudience;
import org.ponte.events.vocabulary.ResourceType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriComponentsBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.ponte.frontend.Forms.blankToNull;

/**
 * The library of guides and publications: everyone signed in finds and downloads what is published; an office's
 * technicians write a resource in Portuguese and English, upload its PDF per language, publish and withdraw it.
 */
@Controller
class LibraryController {

    /** The languages a resource is written in on these pages; the service takes others too. */
    static final List<String> LANGUAGES = List.of("pt", "en");

    private final ServiceApi api;
    private final FrontendProperties services;

    LibraryController(ServiceApi api, FrontendProperties services) {
        this.api = api;
        this.services = services;
    }

    @ModelAttribute("resourceTypes")
    List<String> resourceTypes() {
        return Arrays.stream(ResourceType.values()).map(Enum::name).toList();
    }

    @ModelAttribute("audiences")
    List<String> audiences() {
        return Arrays.stream(ResourceAudience.values()).map(Enum::name).toList();
    }

    /** {@code language}, not {@code lang}: that parameter changes the page's own language. */
    @GetMapping("/library")
    String library(@RequestParam(required = false) String type, @RequestParam(required = false) String language,
                   @RequestParam(required = false) String area, Model model) {
        UriComponentsBuilder query = UriComponentsBuilder.fromUriString(services.programmeService() + "/api/v1/resources").queryParam("size", 100);
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("type", type);
        filters.put("language", language);
        filters.put("area", area);
        filters.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                query.queryParam(name.equals("language") ? "lang" : name, value);
            }
        });
        model.addAttribute("resources", api.get(query.build().encode().toUriString()).path("items"));
        model.addAttribute("filters", filters);
        return "library";
    }

    @GetMapping("/library/new")
    String newResource(Model model) {
        model.addAttribute("form", Map.of());
        model.addAttribute("errors", Map.of());
        return "resource-new";
    }

    @PostMapping("/library")
    String create(@RequestParam MultiValueMap<String, String> form, @ModelAttribute("me") Pages.Me me, Model model) {
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("officeId", me.officeId());
        resource.put("type", blankToNull(form.getFirst("type")));
        resource.put("audience", blankToNull(form.getFirst("audience")));
        resource.put("areas", form.getOrDefault("areas", List.of()));
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, String> summaries = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            putIfPresent(titles, language, form.getFirst("title." + language));
            putIfPresent(summaries, language, form.getFirst("summary." + language));
        }
        resource.put("titles", titles);
        resource.put("summaries", summaries);
        try {
            return "redirect:/library/" + api.post(services.programmeService() + "/api/v1/resources", resource).get("id").asString();
        } catch (ServiceApi.Problem problem) {
            model.addAttribute("form", form.toSingleValueMap());
            model.addAttribute("chosenAreas", form.getOrDefault("areas", List.of()));
            model.addAttribute("problem", problem);
            model.addAttribute("errors", problem.fields);
            return "resource-new";
        }
    }

    @GetMapping("/library/{id}")
    String resource(@PathVariable String id, Model model) {
        model.addAttribute("r", api.get(services.programmeService() + "/api/v1/resources/" + id));
        model.addAttribute("languages", LANGUAGES);
        return "resource";
    }

    @PostMapping("/library/{id}/files")
    String upload(@PathVariable String id, @RequestParam String language, @RequestParam(required = false) MultipartFile file, Model model) {
        try {
            byte[] content = file == null ? new byte[0] : file.getBytes();
            String type = file == null || file.getContentType() == null ? "application/octet-stream" : file.getContentType();
            api.putFile(services.programmeService() + "/api/v1/resources/" + id + "/files/" + language, type, content);
        } catch (ServiceApi.Problem problem) {
            model.addAttribute("problem", problem);
            return resource(id, model);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return "redirect:/library/" + id;
    }

    @PostMapping("/library/{id}/{action:publish|withdraw}")
    String change(@PathVariable String id, @PathVariable String action, Model model) {
        try {
            api.post(services.programmeService() + "/api/v1/resources/" + id + "/" + action, Map.of());
        } catch (ServiceApi.Problem problem) {
            model.addAttribute("problem", problem);
            return resource(id, model);
        }
        return "redirect:/library/" + id;
    }

    /** The file, passed on from programme-service with its name and type: the browser holds no token of its own. */
    @GetMapping("/library/{id}/files/{lang:[a-z]{2}}")
    ResponseEntity<byte[]> download(@PathVariable String id, @PathVariable String lang) {
        ResponseEntity<byte[]> file = api.file(services.programmeService() + "/api/v1/resources/" + id + "/files/" + lang);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(file.getHeaders().getContentType());
        headers.set(HttpHeaders.CONTENT_DISPOSITION, file.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION));
        return ResponseEntity.ok().headers(headers).body(file.getBody());
    }

    private static void putIfPresent(Map<String, String> texts, String language, String text) {
        if (text != null && !text.isBlank()) {
            texts.put(language, text.trim());
        }
    }
}
