package org.ponte.frontend;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** The manager's dashboard: each plan's indicators against target and expected pace, with their status. */
@Controller
class DashboardController {

    private final ServiceApi api;
    private final FrontendProperties services;

    DashboardController(ServiceApi api, FrontendProperties services) {
        this.api = api;
        this.services = services;
    }

    @GetMapping("/dashboard")
    String dashboard(Model model) {
        List<JsonNode[]> plans = new ArrayList<>();
        for (JsonNode plan : api.get(services.reportingService() + "/api/v1/plans")) {
            plans.add(new JsonNode[]{plan, api.get(services.reportingService() + "/api/v1/plans/" + plan.get("id").asString() + "/progress")});
        }
        model.addAttribute("plans", plans);
        return "dashboard";
    }
}
