package org.ponte.frontend;

import org.springframework.stereotype.Controller;
import tools.jackson.databind.JsonNode;
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
    String deadlines(@RequestParam(defaultValue = "30") int withinDays, @RequestParam(defaultValue = "0") int page, Model model) {
        int days = Math.max(0, Math.min(withinDays, 366));
        // Soonest first: the one order a list of deadlines is read in, so it offers no other.
        ListQuery query = ListQuery.of(services.caseService() + "/api/v1/deadlines", "/deadlines", 25, page, null).filter("withinDays", days);
        JsonNode found = api.get(query.service());
        model.addAttribute("deadlines", found.path("items"));
        model.addAttribute("paging", query.paged(found));
        model.addAttribute("withinDays", days);
        return "deadlines";
    }
}
