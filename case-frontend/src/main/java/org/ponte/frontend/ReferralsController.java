package org.ponte.frontend;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Referrals: the partner's list (pending first, deadline visible) and its answers; one referral with its
 * history, for the partner it is addressed to and the referring office. A partner sees the person's shared
 * contact only as case-service allows it (while the referral is open and the person consents). Answers made
 * with htmx come back as the referral's own block; without JavaScript the page reloads.
 */
@Controller
class ReferralsController {

    static final int REFERRALS_PER_PAGE = 25;

    private final ServiceApi api;
    private final FrontendProperties services;

    ReferralsController(ServiceApi api, FrontendProperties services) {
        this.api = api;
        this.services = services;
    }

    /**
     * A partner's referrals, or the office's for its technicians and managers: 25 a page, by status, and for an office
     * the ones past their deadline ({@code overdue}) or still awaiting an answer ({@code status=PENDING}).
     */
    @GetMapping("/referrals")
    String referrals(@RequestParam(required = false) String status, @RequestParam(required = false) Boolean overdue,
                     @RequestParam(required = false) String sort, @RequestParam(defaultValue = "0") int page, Model model) {
        ListQuery query = ListQuery.of(services.referralService() + "/api/v1/referrals", "/referrals", REFERRALS_PER_PAGE, page, sort)
                .filter("status", status).filter("overdue", Boolean.TRUE.equals(overdue) ? true : null);
        JsonNode found = api.get(query.service());
        model.addAttribute("referrals", found.path("items"));
        model.addAttribute("paging", query.paged(found));
        model.addAttribute("order", query.order());
        model.addAttribute("status", status);
        model.addAttribute("overdue", Boolean.TRUE.equals(overdue));
        return "referrals";
    }

    @GetMapping("/referrals/{id}")
    String referral(@PathVariable String id, @ModelAttribute("me") Pages.Me me, Model model) {
        JsonNode referral = api.get(services.referralService() + "/api/v1/referrals/" + id);
        model.addAttribute("r", referral);
        if (me.partner()) {
            model.addAttribute("contact", sharedContact(referral.path("beneficiaryId").asString("")));
        }
        return "referral";
    }

    @PostMapping("/referrals/{id}/{action}")
    String answer(@PathVariable String id, @PathVariable String action, @RequestParam Map<String, String> form,
                  @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        Map<String, Object> body = new LinkedHashMap<>();
        switch (action) {
            case "decline" -> body.put("reason", form.getOrDefault("reason", "OTHER"));
            case "complete" -> body.put("outcome", form.getOrDefault("outcome", "SERVICE_PROVIDED"));
            case "accept", "cancel" -> {
            }
            default -> throw new ServiceApi.Problem(404, "not-found", "No such action.", Map.of(), null);
        }
        String note = form.get("note");
        body.put("note", note == null || note.isBlank() ? null : note.trim());
        JsonNode answered;
        try {
            answered = api.post(services.referralService() + "/api/v1/referrals/" + id + "/" + action, body);
        } catch (ServiceApi.Problem problem) {
            if (htmx != null) {
                model.addAttribute("r", api.get(services.referralService() + "/api/v1/referrals/" + id));
                model.addAttribute("problem", problem);
                return "referrals :: referral";
            }
            model.addAttribute("problem", problem);
            return referrals(null, null, null, 0, model);
        }
        if (htmx != null) {
            model.addAttribute("r", answered);
            return "referrals :: referral";
        }
        return "redirect:" + localPath(form.get("back"));
    }

    /** Where to go back to: a path of this site only, never another site named in the form. */
    private static String localPath(String back) {
        return back != null && back.startsWith("/") && !back.startsWith("//") && !back.contains("\\") ? back : "/referrals";
    }

    /** The contact the person shares with this partner, or nothing when case-service says no (or is down). */
    private JsonNode sharedContact(String beneficiaryId) {
        try {
            return api.get(services.caseService() + "/api/v1/beneficiaries/" + beneficiaryId);
        } catch (ServiceApi.Problem | ServiceApi.Unavailable notShared) {
            return null;
        }
    }
}
