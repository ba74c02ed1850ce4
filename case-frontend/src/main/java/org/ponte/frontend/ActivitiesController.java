package org.ponte.frontend;

import org.ponte.events.vocabulary.ActivityType;
import org.ponte.events.vocabulary.ParticipantCategory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.ponte.frontend.Forms.LISBON;
import static org.ponte.frontend.Forms.blankToNull;
import static org.ponte.frontend.Forms.dateTime;
import static org.ponte.frontend.Forms.number;

/**
 * The office's activities: a list by month and type, the form to schedule one, and each activity with the form
 * that records it as held (people of the office found by name, staff, partners, head counts) or cancels it.
 * Technicians change; managers read.
 */
@Controller
class ActivitiesController {

    private final ServiceApi api;
    private final FrontendProperties services;

    ActivitiesController(ServiceApi api, FrontendProperties services) {
        this.api = api;
        this.services = services;
    }

    @ModelAttribute("activityTypes")
    List<String> activityTypes() {
        return Arrays.stream(ActivityType.values()).map(Enum::name).toList();
    }

    @ModelAttribute("participantCategories")
    List<String> participantCategories() {
        return Arrays.stream(ParticipantCategory.values()).map(Enum::name).toList();
    }

    /** The month's activities (this month when none is named), latest first unless sorted otherwise, of one type or all. */
    @GetMapping("/activities")
    String activities(@RequestParam(required = false) String type, @RequestParam(required = false) String month,
                      @RequestParam(required = false) String sort, @RequestParam(defaultValue = "0") int page, Model model) {
        YearMonth shown = parseMonth(month);
        ListQuery query = ListQuery.of(services.programmeService() + "/api/v1/activities", "/activities", 25, page, sort)
                .ask("from", shown.atDay(1).atStartOfDay(LISBON).toInstant())
                .ask("to", shown.plusMonths(1).atDay(1).atStartOfDay(LISBON).toInstant())
                .keep("month", shown).filter("type", type);
        JsonNode found = api.get(query.service());
        model.addAttribute("activities", found.path("items"));
        model.addAttribute("paging", query.paged(found));
        model.addAttribute("order", query.order());
        model.addAttribute("type", type);
        model.addAttribute("month", shown.toString());
        model.addAttribute("previous", shown.minusMonths(1).toString());
        model.addAttribute("next", shown.plusMonths(1).toString());
        return "activities";
    }

    @GetMapping("/activities/new")
    String newActivity(Model model) {
        model.addAttribute("form", Map.of());
        model.addAttribute("errors", Map.of());
        return "activity-new";
    }

    @PostMapping("/activities")
    String schedule(@RequestParam MultiValueMap<String, String> form, @ModelAttribute("me") Pages.Me me, Model model) {
        Map<String, Object> activity = new LinkedHashMap<>();
        activity.put("officeId", me.officeId());
        activity.put("type", blankToNull(form.getFirst("type")));
        activity.put("title", form.getFirst("title"));
        activity.put("areas", form.getOrDefault("areas", List.of()));
        activity.put("languages", form.getOrDefault("languages", List.of()));
        activity.put("place", blankToNull(form.getFirst("place")));
        Integer minutes = number(form.getFirst("durationMinutes"));
        int sessions = Math.max(1, number(form.getFirst("sessions")) == null ? 1 : number(form.getFirst("sessions")));
        LocalDateTime start = dateTime(form.getFirst("startsAt"));
        if (sessions > 1 && start != null && minutes != null) {
            // A programme of several days: one session a day at the same time.
            List<Map<String, Object>> days = new ArrayList<>();
            for (int day = 0; day < Math.min(sessions, 60); day++) {
                days.add(Map.of("startsAt", start.plusDays(day).atZone(LISBON).toInstant().toString(), "durationMinutes", minutes));
            }
            activity.put("sessions", days);
        } else {
            activity.put("startsAt", start == null ? null : start.atZone(LISBON).toInstant().toString());
            activity.put("durationMinutes", minutes);
        }
        try {
            String id = api.post(services.programmeService() + "/api/v1/activities", activity).get("id").asString();
            return "redirect:/activities/" + id;
        } catch (ServiceApi.Problem problem) {
            model.addAttribute("form", form.toSingleValueMap());
            model.addAttribute("chosenAreas", form.getOrDefault("areas", List.of()));
            model.addAttribute("problem", problem);
            model.addAttribute("errors", problem.fields);
            return "activity-new";
        }
    }

    /** One activity; for its technicians, the people of the office named like {@code q}, to pick who took part. */
    @GetMapping("/activities/{id}")
    String activity(@PathVariable String id, @RequestParam(required = false) String q, @ModelAttribute("me") Pages.Me me, Model model) {
        JsonNode activity = api.get(services.programmeService() + "/api/v1/activities/" + id);
        model.addAttribute("a", activity);
        if (me.technician() && !"CANCELLED".equals(activity.path("status").asString())) {
            model.addAttribute("q", q);
            model.addAttribute("found", q == null || q.isBlank() ? List.of()
                    : api.get(UriComponentsBuilder.fromUriString(services.caseService() + "/api/v1/beneficiaries")
                    .queryParam("q", q).queryParam("size", 20).build().encode().toUriString()).path("items"));
            model.addAttribute("partners", api.get(services.referralService() + "/api/v1/partners"));
            model.addAttribute("recorded", recordedPeople(activity));
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "activity";
    }

    /** Who was recorded as taking part, by name, so that a correction can leave them out. */
    private Map<String, String> recordedPeople(JsonNode activity) {
        Map<String, String> names = new LinkedHashMap<>();
        activity.path("participants").path("beneficiaryIds").forEach(id -> {
            String name;
            try {
                name = api.get(services.caseService() + "/api/v1/beneficiaries/" + id.asString()).path("fullName").asString(id.asString());
            } catch (ServiceApi.Problem | ServiceApi.Unavailable unknown) {
                name = id.asString();
            }
            names.put(id.asString(), name);
        });
        return names;
    }

    @PostMapping("/activities/{id}/held")
    String held(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, @ModelAttribute("me") Pages.Me me, Model model) {
        Map<String, Object> held = new LinkedHashMap<>();
        LocalDateTime at = dateTime(form.getFirst("heldAt"));
        held.put("heldAt", at == null ? null : at.atZone(LISBON).toInstant().toString());
        held.put("durationMinutes", number(form.getFirst("durationMinutes")));
        held.put("beneficiaryIds", form.getOrDefault("beneficiaryIds", List.of()));
        // Split on commas only: a name typed by mistake reaches the service whole, and is refused there.
        held.put("staffIds", form.getFirst("staffIds") == null ? List.of() : Arrays.stream(form.getFirst("staffIds").split(","))
                .map(String::strip).filter(staff -> !staff.isEmpty()).toList());
        held.put("partnerIds", form.getOrDefault("partnerIds", List.of()));
        Map<String, Integer> anonymous = new LinkedHashMap<>();
        for (ParticipantCategory category : ParticipantCategory.values()) {
            Integer count = number(form.getFirst("anonymous." + category.name()));
            if (count != null && count != 0) {
                anonymous.put(category.name(), count);
            }
        }
        held.put("anonymousParticipants", anonymous);
        try {
            api.post(services.programmeService() + "/api/v1/activities/" + id + "/held", held);
            return "redirect:/activities/" + id;
        } catch (ServiceApi.Problem problem) {
            model.addAttribute("problem", problem);
            model.addAttribute("errors", problem.fields);
            return activity(id, null, me, model);
        }
    }

    @PostMapping("/activities/{id}/cancel")
    String cancel(@PathVariable String id) {
        api.post(services.programmeService() + "/api/v1/activities/" + id + "/cancel", Map.of());
        return "redirect:/activities/" + id;
    }

    private static YearMonth parseMonth(String month) {
        try {
            return month == null || month.isBlank() ? YearMonth.now(LISBON) : YearMonth.parse(month);
        } catch (DateTimeParseException notAMonth) {
            return YearMonth.now(LISBON);
        }
    }
}
