package org.ponte.referrals.partner;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.ponte.events.vocabulary.InterventionArea;

import java.util.List;
import java.util.stream.Stream;

/**
 * The directory in Open Referral's Human Services Data Specification (HSDS) JSON: organizations with their
 * services, languages and service areas. What HSDS has no field for (intervention areas, response deadlines,
 * notification language) travels in {@code x_ponte} extensions, as HSDS allows.
 */
final class Hsds {

    private Hsds() {
    }

    record Directory(List<Organization> organizations) {
    }

    record Organization(String id, String name, String description, String email, List<Service> services,
                        @JsonProperty("x_ponte") Extension ponte) {
    }

    record Service(String id, @JsonProperty("organization_id") String organizationId, String name, String description,
                   String status, List<Language> languages, @JsonProperty("service_areas") List<ServiceArea> serviceAreas,
                   @JsonProperty("x_ponte_areas") List<InterventionArea> areas) {
    }

    record Language(String code) {
    }

    record ServiceArea(String name) {
    }

    record Extension(String preferredLanguage, List<InterventionArea> areas, List<String> municipalities, Boolean active,
                     Integer urgentResponseDays, Integer routineResponseDays) {
    }

    static Organization of(Partner partner) {
        PartnerDetails d = partner.details();
        List<Language> languages = d.languages().stream().map(Language::new).toList();
        List<ServiceArea> serviceAreas = d.municipalities().stream().map(ServiceArea::new).toList();
        List<Service> services = d.services().stream()
                .map(s -> new Service(s.id(), partner.id(), s.name(), s.description(), partner.active() ? "active" : "inactive",
                        languages, serviceAreas, s.areas()))
                .toList();
        return new Organization(partner.id(), d.name(), d.description(), d.email(), services,
                new Extension(d.preferredLanguage(), d.areas(), d.municipalities(), partner.active(), d.urgentResponseDays(),
                        d.routineResponseDays()));
    }

    /** Back to Ponte's details; municipalities and languages come from the extension, else from the services. */
    static PartnerDetails details(Organization organization) {
        Extension ext = organization.ponte() == null ? new Extension(null, null, null, null, null, null) : organization.ponte();
        List<Service> services = organization.services() == null ? List.of() : organization.services();
        List<String> municipalities = ext.municipalities() != null ? ext.municipalities() : services.stream()
                .flatMap(s -> s.serviceAreas() == null ? Stream.empty() : s.serviceAreas().stream())
                .map(ServiceArea::name).distinct().toList();
        List<String> languages = services.stream()
                .flatMap(s -> s.languages() == null ? Stream.empty() : s.languages().stream())
                .map(Language::code).distinct().toList();
        List<PartnerDetails.Offering> offerings = services.stream()
                .map(s -> new PartnerDetails.Offering(s.id(), s.name(), s.description(), s.areas() == null ? List.of() : s.areas()))
                .toList();
        return new PartnerDetails(organization.id(), organization.name(), organization.description(), organization.email(),
                ext.preferredLanguage() == null ? "pt" : ext.preferredLanguage(), ext.areas() == null ? List.of() : ext.areas(),
                municipalities, languages, offerings, ext.active(), ext.urgentResponseDays(), ext.routineResponseDays());
    }
}
