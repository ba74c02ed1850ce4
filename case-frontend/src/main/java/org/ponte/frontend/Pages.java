package org.ponte.frontend;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.ponte.events.vocabulary.InterventionArea;
import org.ponte.events.vocabulary.Region;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseStatus;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** What every page knows: who is signed in, the areas in the page's language; and the page for a service that is down. */
@ControllerAdvice
class Pages {

    private final ServiceApi api;
    private final FrontendProperties services;

    Pages(ServiceApi api, FrontendProperties services) {
        this.api = api;
        this.services = services;
    }

    /** The signed-in person as the pages need them: {@code id} is the token's subject (a staff id), {@code name} for display. */
    record Me(String id, String name, List<String> roles, String officeId, String partnerId, String region) {

        boolean is(String role) {
            return roles.contains(role);
        }

        public boolean technician() {
            return is("TECHNICIAN") || is("ADMIN");
        }

        public boolean partner() {
            return is("PARTNER");
        }

        public boolean manager() {
            return is("MANAGER") || is("ADMIN");
        }

        public boolean admin() {
            return is("ADMIN");
        }

        /** Reads the figures of several offices: a coordinator (the network's, or a region's) or an administrator. */
        public boolean coordinator() {
            return is("COORDINATOR") || is("ADMIN");
        }

        /** Reads plans and reports: managers, coordinators and administrators. */
        public boolean readsReports() {
            return manager() || coordinator();
        }
    }

    @ModelAttribute("me")
    Me me(@AuthenticationPrincipal OidcUser user) {
        if (user == null) {
            return null;
        }
        List<String> roles = user.getClaimAsStringList("roles");
        return new Me(user.getSubject(), user.getClaimAsString("name") != null ? user.getClaimAsString("name") : user.getSubject(),
                roles == null ? List.of() : roles, user.getClaimAsString("officeId"), user.getClaimAsString("partnerId"),
                user.getClaimAsString("region"));
    }

    /** How many deadlines fall due this week at a technician's office, for the navigation; null when it cannot be known. */
    @ModelAttribute("dueThisWeek")
    Long dueThisWeek(@AuthenticationPrincipal OidcUser user) {
        Me me = me(user);
        if (me == null || !me.is("TECHNICIAN") || me.officeId() == null) {
            return null;
        }
        try {
            return api.get(services.caseService() + "/api/v1/deadlines?withinDays=7&size=1&names=false").path("totalItems").asLong();
        } catch (ServiceApi.Problem | ServiceApi.Unavailable unknown) {
            return null;
        }
    }

    /** Each posting form's {@code Idempotency-Key}. */
    @ModelAttribute("formKey")
    FormKey formKey() {
        return new FormKey();
    }

    /** The NUTS II regions the signed-in person may pick, by code (labelled from the messages): all, or a regional coordinator's own. */
    @ModelAttribute("regions")
    List<String> regions(@AuthenticationPrincipal OidcUser user) {
        Me me = me(user);
        return Arrays.stream(Region.values()).map(Enum::name).filter(region -> me == null || me.region() == null || me.region().equals(region))
                .toList();
    }

    /**
     * The offices a person who reads several offices' figures may pick, by name: every office for an administrator and
     * a coordinator of the network, its region's for a regional coordinator, none for anyone else.
     */
    List<JsonNode> pickableOffices(Me me) {
        if (me == null || !me.coordinator()) {
            return List.of();
        }
        try {
            return api.get(services.referralService() + "/api/v1/offices?includeInactive=true").values().stream()
                    .filter(office -> me.region() == null || me.region().equals(office.path("region").asString())).toList();
        } catch (ServiceApi.Problem | ServiceApi.Unavailable unknown) {
            return List.of(); // without the directory the page still shows what the reader may see, only without the picker
        }
    }

    /** The page's own path, for the navigation to mark where the reader is ({@code aria-current}). */
    @ModelAttribute("path")
    String path(HttpServletRequest request) {
        return request.getRequestURI();
    }

    /** The intervention areas, labelled in the page's language. */
    @ModelAttribute("areas")
    Map<String, String> areas(Locale locale) {
        return Arrays.stream(InterventionArea.values()).collect(Collectors.toMap(Enum::name, a -> a.label(locale.getLanguage()),
                (a, b) -> a, LinkedHashMap::new));
    }

    @ExceptionHandler(ServiceApi.Unavailable.class)
    @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
    String unavailable(@AuthenticationPrincipal OidcUser user, HttpServletRequest request, Model model) {
        model.addAttribute("me", me(user));
        model.addAttribute("path", path(request)); // an exception handler's model has none of the @ModelAttribute values
        return "unavailable";
    }

    /**
     * A refusal no page handles next to a field: what the person may not see is "not found" (as the service
     * says, so another organisation's referral does not even show that it exists), the rest is explained.
     */
    @ExceptionHandler(ServiceApi.Problem.class)
    String refused(ServiceApi.Problem problem, @AuthenticationPrincipal OidcUser user, HttpServletRequest request, Model model,
                   HttpServletResponse response) {
        model.addAttribute("me", me(user));
        model.addAttribute("path", path(request));
        // The service's own refusal status (404, 403, 409, 422…); a service error is a bad gateway for this page.
        response.setStatus(problem.status >= 400 && problem.status < 500 ? problem.status : HttpStatus.BAD_GATEWAY.value());
        model.addAttribute("problem", problem);
        return "refused";
    }
}
