package org.ponte.frontend;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The office's deadlines: statuses that expire and appointments to come, soonest first, for its technicians. */
@Controller
class DeadlinesController {

    private final ServiceApi api;
    private final FrontendProperties services;

    DeadlinesController(ServiceApi api, FrontendProperties services) {
        this.api = api;
        this.services = services;
    }

    @GetMapping("/deadlines")
    String deadlines(@RequestParam(defaultValue = "30") int withinDays, Model model) {
        int days = Math.max(0, Math.min(withinDays, 366));
        model.addAttribute("deadlines", api.get(services.caseService() + "/api/v1/deadlines?size=100&withinDays=" + days).path("items"));
        model.addAttribute("withinDays", days);
        return "deadlines";
    }
}
