package org.ponte.frontend;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Map;

/** A partner's webhook endpoints: register one and see its signing secret once, disable, delete. */
@Controller
class EndpointsController {

    private final ServiceApi api;
    private final FrontendProperties services;

    EndpointsController(ServiceApi api, FrontendProperties services) {
        this.api = api;
        this.services = services;
    }

    @GetMapping("/endpoints")
    String endpoints(Model model) {
        model.addAttribute("endpoints", api.get(services.notificationService() + "/api/v1/webhook-endpoints"));
        return "endpoints";
    }

    @PostMapping("/endpoints")
    String register(@RequestParam String url, @RequestParam(required = false) String description, Model model) {
        try {
            model.addAttribute("created", api.post(services.notificationService() + "/api/v1/webhook-endpoints",
                    Map.of("url", url, "description", description == null ? "" : description)));
        } catch (ServiceApi.Problem problem) {
            model.addAttribute("problem", problem);
            model.addAttribute("errors", problem.fields);
        }
        return endpoints(model);
    }

    @PostMapping("/endpoints/{id}/disable")
    String disable(@PathVariable String id) {
        api.post(services.notificationService() + "/api/v1/webhook-endpoints/" + id + "/disable", Map.of());
        return "redirect:/endpoints";
    }

    @PostMapping("/endpoints/{id}/delete")
    String delete(@PathVariable String id) {
        api.delete(services.notificationService() + "/api/v1/webhook-endpoints/" + id);
        return "redirect:/endpoints";
    }
}
