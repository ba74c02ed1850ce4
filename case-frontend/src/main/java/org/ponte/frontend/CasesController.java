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

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.ponte.frontend.Forms.blankToNull;

/**
 * The technician's pages: the office's cases and people, the case with its timeline, and
 * the forms that change it (attendance, mentoring session, consent, referral, assignment, close, reopen).
 */
@Controller
class CasesController {

    private final ServiceApi api;
    private final FrontendProperties services;

    CasesController(ServiceApi api, FrontendProperties services) {
        this.api = api;
        this.services = services;
    }

    static final int CASES_PER_PAGE = 25;

    /**
     * The office's cases a page at a time, newest first, with each person's name for the office's technicians; a
     * search by name or case number lists people, each linking to their cases ({@code person}).
     */
    @GetMapping("/cases")
    String cases(@ModelAttribute("me") Pages.Me me, @RequestParam(required = false) String q, @RequestParam(required = false) String status,
                 @RequestParam(required = false) Boolean mine, @RequestParam(required = false) String person,
                 @RequestParam(required = false) String sort, @RequestParam(defaultValue = "0") int page, Model model) {
        if (q != null && !q.isBlank()) {
            model.addAttribute("people", api.get(UriComponentsBuilder.fromUriString(services.caseService() + "/api/v1/beneficiaries")
                    .queryParam("q", q).queryParam("size", 50)).path("items"));
        } else {
            ListQuery query = ListQuery.of(services.caseService() + "/api/v1/cases", "/cases", CASES_PER_PAGE, page, sort)
                    .ask("names", me.technician()).filter("status", status);
            if (person != null && !person.isBlank()) {
                query.ask("beneficiaryId", person.trim()).filter("person", person);
            }
            if (Boolean.TRUE.equals(mine)) {
                query.ask("assignedTechnicianId", me.id()).keep("mine", true);
            }
            JsonNode found = api.get(query.service());
            model.addAttribute("cases", found.path("items"));
            model.addAttribute("paging", query.paged(found));
            model.addAttribute("order", query.order());
        }
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("mine", Boolean.TRUE.equals(mine));
        return "cases";
    }

    /** One line of a case's timeline: an attendance, a mentoring session or a referral, at the time it happened. */
    record TimelineEntry(Instant at, String kind, JsonNode item) {
    }

    @GetMapping("/cases/{id}")
    String aCase(@PathVariable String id, Model model) {
        JsonNode aCase = api.get(services.caseService() + "/api/v1/cases/" + id);
        model.addAttribute("case", aCase);
        model.addAttribute("person", api.get(services.caseService() + "/api/v1/beneficiaries/" + aCase.get("beneficiaryId").asString()));
        JsonNode attendances = api.get(services.caseService() + "/api/v1/cases/" + id + "/attendances?size=100").path("items");
        JsonNode sessions = safely(() -> api.get(services.caseService() + "/api/v1/mentoring-sessions?caseId=" + id));
        model.addAttribute("timeline", timeline(attendances, sessions, aCase.path("referrals")));
        model.addAttribute("partners", safely(() -> api.get(services.referralService() + "/api/v1/partners")));
        // The office's technicians, to assign the case to (from the authorization server, which keeps the staff).
        JsonNode staff = safely(() -> api.get(UriComponentsBuilder.fromUriString(services.authServer() + "/api/v1/staff")
                .queryParam("officeId", aCase.path("officeId").asString(""))));
        model.addAttribute("technicians", staff == null ? List.of() : staff.valueStream()
                .filter(member -> member.path("roles").valueStream().anyMatch(role -> role.asString().equals("TECHNICIAN"))).toList());
        model.addAttribute("assignee", staff == null ? null : staff.valueStream()
                .filter(member -> member.path("id").asString().equals(aCase.path("assignedTechnicianId").asString()))
                .map(member -> member.path("name").asString()).findFirst().orElse(null));
        model.addAttribute("openCases", safely(() -> api.get(services.caseService() + "/api/v1/cases?status=OPEN&size=100").path("items")));
        String beneficiary = services.caseService() + "/api/v1/beneficiaries/" + aCase.get("beneficiaryId").asString();
        model.addAttribute("legalStatus", safely(() -> api.get(beneficiary + "/legal-status")));
        // What was just done is what is recorded most: the forms start at this minute, in the offices' time.
        model.addAttribute("now", LocalDateTime.now(Forms.LISBON).truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString());
        model.addAttribute("appointments", safely(() -> api.get(beneficiary + "/appointments")));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "case";
    }

    /** Newest first; a referral stands where it last changed. */
    private static List<TimelineEntry> timeline(JsonNode attendances, JsonNode sessions, JsonNode referrals) {
        List<TimelineEntry> entries = new ArrayList<>();
        attendances.forEach(a -> entries.add(new TimelineEntry(Instant.parse(a.get("occurredAt").asString()), "attendance", a)));
        if (sessions != null) {
            sessions.forEach(s -> entries.add(new TimelineEntry(Instant.parse(s.get("occurredAt").asString()), "mentoring", s)));
        }
        referrals.forEach(r -> entries.add(new TimelineEntry(Instant.parse(r.get("updatedAt").asString()), "referral", r)));
        entries.sort(Comparator.comparing(TimelineEntry::at).reversed());
        return entries;
    }

    /** The partners that work in an area (and a municipality), as the options of the referral form (htmx swaps them in). */
    @GetMapping("/partners/options")
    String partnerOptions(@RequestParam(required = false) String area, @RequestParam(required = false) String municipality, Model model) {
        UriComponentsBuilder url = UriComponentsBuilder.fromUriString(services.referralService() + "/api/v1/partners");
        if (area != null && !area.isBlank()) {
            url.queryParam("area", area);
        }
        if (municipality != null && !municipality.isBlank()) {
            url.queryParam("municipality", municipality.trim());
        }
        model.addAttribute("partners", api.get(url));
        return "case :: partnerOptions";
    }

    @PostMapping("/cases/{id}/attendances")
    String recordAttendance(@PathVariable String id, @RequestParam Map<String, String> form,
                            @RequestParam(name = "areas", required = false) List<String> areas, Model model) {
        Map<String, Object> attendance = new LinkedHashMap<>();
        attendance.put("occurredAt", lisbonTime(form.get("occurredAt")));
        attendance.put("channel", blankToNull(form.get("channel")));
        attendance.put("areas", areas == null ? List.of() : areas);
        attendance.put("durationMinutes", blankToNull(form.get("durationMinutes")) == null ? null : parse(form.get("durationMinutes")));
        attendance.put("summary", form.get("summary"));
        return attempt(id, model, () -> api.post(services.caseService() + "/api/v1/cases/" + id + "/attendances", attendance));
    }

    /** An individual session on this case, or a group session with other open cases of the office. */
    @PostMapping("/cases/{id}/mentoring-sessions")
    String holdSession(@PathVariable String id, @RequestParam Map<String, String> form,
                       @RequestParam(name = "otherCases", required = false) List<String> otherCases, Model model) {
        List<String> caseIds = new ArrayList<>(List.of(id));
        if (otherCases != null) {
            otherCases.stream().filter(other -> !other.equals(id)).forEach(caseIds::add);
        }
        Map<String, Object> session = new LinkedHashMap<>();
        session.put("kind", caseIds.size() > 1 ? "GROUP" : "INDIVIDUAL");
        session.put("caseIds", caseIds);
        session.put("area", blankToNull(form.get("area")));
        session.put("occurredAt", lisbonTime(form.get("occurredAt")));
        session.put("durationMinutes", blankToNull(form.get("durationMinutes")) == null ? null : parse(form.get("durationMinutes")));
        session.put("topic", blankToNull(form.get("topic")));
        return attempt(id, model, () -> api.post(services.caseService() + "/api/v1/mentoring-sessions", session));
    }

    /** The person's consent as they give or withdraw it now. */
    @PostMapping("/cases/{id}/consent")
    String changeConsent(@PathVariable String id, @RequestParam String beneficiaryId, @RequestParam Map<String, String> form, Model model) {
        return attempt(id, model, () -> api.post(services.caseService() + "/api/v1/beneficiaries/" + beneficiaryId + "/consent",
                Forms.consent(form)));
    }

    /** An entry of the person's legal-status timeline. */
    @PostMapping("/cases/{id}/legal-status")
    String recordLegalStatus(@PathVariable String id, @RequestParam String beneficiaryId, @RequestParam Map<String, String> form, Model model) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("category", blankToNull(form.get("category")));
        entry.put("validFrom", blankToNull(form.get("validFrom")));
        entry.put("validUntil", blankToNull(form.get("validUntil")));
        entry.put("documentReference", blankToNull(form.get("documentReference")));
        entry.put("note", blankToNull(form.get("statusNote")));
        return attempt(id, model, () -> api.post(services.caseService() + "/api/v1/beneficiaries/" + beneficiaryId + "/legal-status", entry));
    }

    /** An appointment of the person with an agency, at a Lisbon time. */
    @PostMapping("/cases/{id}/appointments")
    String scheduleAppointment(@PathVariable String id, @RequestParam String beneficiaryId, @RequestParam Map<String, String> form, Model model) {
        Map<String, Object> appointment = new LinkedHashMap<>();
        appointment.put("agency", blankToNull(form.get("agency")));
        appointment.put("purpose", blankToNull(form.get("purpose")));
        LocalDateTime at = Forms.dateTime(form.get("appointmentAt"));
        appointment.put("at", at == null ? null : at.atZone(Forms.LISBON).toInstant().toString());
        appointment.put("place", blankToNull(form.get("appointmentPlace")));
        return attempt(id, model, () -> api.post(services.caseService() + "/api/v1/beneficiaries/" + beneficiaryId + "/appointments", appointment));
    }

    @PostMapping("/cases/{id}/appointments/{appointmentId}/outcome")
    String appointmentOutcome(@PathVariable String id, @PathVariable String appointmentId, @RequestParam Map<String, String> form, Model model) {
        Map<String, Object> outcome = new LinkedHashMap<>();
        outcome.put("outcome", blankToNull(form.get("outcome")));
        outcome.put("note", blankToNull(form.get("outcomeNote")));
        return attempt(id, model, () -> api.post(services.caseService() + "/api/v1/appointments/" + appointmentId + "/outcome", outcome));
    }

    @PostMapping("/cases/{id}/referrals")
    String refer(@PathVariable String id, @RequestParam Map<String, String> form, Model model) {
        Map<String, Object> referral = new LinkedHashMap<>();
        referral.put("caseId", id);
        // An organisation outside Ponte, when named, instead of the partner picked from the directory.
        String elsewhere = blankToNull(form.get("externalOrganisation"));
        if (elsewhere != null) {
            referral.put("externalOrganisation", elsewhere);
        } else {
            referral.put("partnerId", form.getOrDefault("partnerId", ""));
        }
        referral.put("area", form.getOrDefault("area", ""));
        referral.put("priority", form.getOrDefault("priority", "ROUTINE"));
        referral.put("reason", form.getOrDefault("reason", ""));
        referral.put("followUpOn", blankToNull(form.get("followUpOn")));
        return attempt(id, model, () -> api.post(services.referralService() + "/api/v1/referrals", referral));
    }

    @PostMapping("/cases/{id}/close")
    String close(@PathVariable String id, @RequestParam String reason, Model model) {
        return attempt(id, model, () -> api.post(services.caseService() + "/api/v1/cases/" + id + "/close", Map.of("reason", reason)));
    }

    /** Assigns the case to one of the office's technicians, picked from the office's staff. */
    @PostMapping("/cases/{id}/assign")
    String assign(@PathVariable String id, @RequestParam(defaultValue = "") String technicianId, Model model) {
        return attempt(id, model, () -> api.post(services.caseService() + "/api/v1/cases/" + id + "/assign", Map.of("technicianId", technicianId)));
    }

    @PostMapping("/cases/{id}/reopen")
    String reopen(@PathVariable String id, Model model) {
        return attempt(id, model, () -> api.post(services.caseService() + "/api/v1/cases/" + id + "/reopen", Map.of()));
    }

    /** Does the change and comes back to the case; a refusal is shown on the case page, next to its field. */
    private String attempt(String id, Model model, Runnable change) {
        try {
            change.run();
            return "redirect:/cases/" + id;
        } catch (ServiceApi.Problem problem) {
            model.addAttribute("problem", problem);
            model.addAttribute("errors", problem.fields);
            return aCase(id, model);
        }
    }

    private static JsonNode safely(Supplier<JsonNode> call) {
        try {
            return call.get();
        } catch (ServiceApi.Unavailable | ServiceApi.Problem unavailable) {
            return null;
        }
    }

    private static Object parse(String number) {
        try {
            return Integer.parseInt(number.trim());
        } catch (NumberFormatException e) {
            return number;
        }
    }

    /** The form's local date and time, in the offices' time zone, as the instant the services take. */
    private static String lisbonTime(String local) {
        if (local == null || local.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(local).atZone(ZoneId.of("Europe/Lisbon")).toInstant().toString();
        } catch (DateTimeParseException e) {
            return local;
        }
    }
}
