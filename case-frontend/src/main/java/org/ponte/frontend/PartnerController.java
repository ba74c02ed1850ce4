package org.ponte.frontend;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Map;

/** The partner's pages: referrals addressed to the organisation, pending first, and the answers to them. */
@Controller
class PartnerController {

    private final ServiceApi api;
    private final FrontendProperties services;

    PartnerController(ServiceApi api, FrontendProperties services) {
        this.api = api;
        this.services = services;
    }

    @GetMapping("/referrals")
    String referrals(Model model) {
        model.addAttribute("referrals", api.get(services.referralService() + "/api/v1/referrals?size=100").path("items"));
        return "referrals";
    }

    @PostMapping("/referrals/{id}/{action}")
    String answer(@PathVariable String id, @PathVariable String action, @RequestParam Map<String, String> form, Model model) {
        Map<String, Object> body = switch (action) {
            case "decline" -> Map.of("reason", form.getOrDefault("reason", "OTHER"), "note", form.getOrDefault("note", ""));
            case "complete" -> Map.of("outcome", form.getOrDefault("outcome", "SERVICE_PROVIDED"), "note", form.getOrDefault("note", ""));
            default -> Map.of("note", form.getOrDefault("note", ""));
        };
        try {
            api.post(services.referralService() + "/api/v1/referrals/" + id + "/" + switch (action) {
                case "accept", "decline", "complete" -> action;
                default -> throw new IllegalArgumentException(action);
            }, body);
        } catch (ServiceApi.Problem problem) {
            model.addAttribute("problem", problem);
            return referrals(model);
        }
        return "redirect:/referrals";
    }

    @GetMapping("/inbox")
    String inbox(Model model) {
        model.addAttribute("notifications", api.get(services.notificationService() + "/api/v1/notifications").path("items"));
        return "inbox";
    }
}
