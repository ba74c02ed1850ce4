package org.ponte.frontend;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;

import java.util.Map;

/** Everyone's notifications, in the page's language (notification-service words them), and marking one read. */
@Controller
class InboxController {

    private final ServiceApi api;
    private final FrontendProperties services;

    InboxController(ServiceApi api, FrontendProperties services) {
        this.api = api;
        this.services = services;
    }

    @GetMapping("/inbox")
    String inbox(Model model) {
        model.addAttribute("notifications", api.get(services.notificationService() + "/api/v1/notifications?size=50").path("items"));
        return "inbox";
    }

    @PostMapping("/inbox/{id}/read")
    String read(@PathVariable String id, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("n", api.post(services.notificationService() + "/api/v1/notifications/" + id + "/read", Map.of()));
        return htmx != null ? "inbox :: notification" : "redirect:/inbox";
    }
}
