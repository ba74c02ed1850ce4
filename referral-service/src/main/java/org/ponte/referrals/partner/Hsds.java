package org.ponte.referrals.partner;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.ponte.events.vocabulary.InterventionArea;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The directory in Open Referral's Human Services Data Specification (HSDS 3) JSON, as its API's
 * {@code GET /organizations} answers: one page whose {@code contents} are organizations with their services,
 * languages and service areas. HSDS identifies everything by UUID; Ponte's own ids, derived into stable
 * name-based UUIDs, also travel as an organization identifier of scheme {@value #PONTE_SCHEME} and as
 * {@code x_ponte_id} on services. What HSDS has no field for (intervention areas, response deadlines,
 * notification language) travels in {@code x_ponte} extensions, as HSDS allows.
 */
final class Hsds {

    static final String PONTE_SCHEME = "ponte";

    private Hsds() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Page(@JsonProperty("total_items") Integer totalItems, @JsonProperty("total_pages") Integer totalPages,
                @JsonProperty("page_number") Integer pageNumber, Integer size, @JsonProperty("first_page") Boolean firstPage,
                @JsonProperty("last_page") Boolean lastPage, Boolean empty,
                @JsonAlias("organizations") List<Organization> contents) {

        static Page of(List<Organization> organizations) {
            return new Page(organizations.size(), 1, 1, organizations.size(), true, true, organizations.isEmpty(), organizations);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Organization(String id, String name, String description, String email,
                        @JsonProperty("organization_identifiers") List<Identifier> identifiers, List<Service> services,
                        List<Contact> contacts, @JsonProperty("x_ponte") Extension ponte) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Identifier(String id, @JsonProperty("organization_id") String organizationId,
                      @JsonProperty("identifier_scheme") String scheme, @JsonProperty("identifier_type") String type,
                      String identifier) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Service(String id, @JsonProperty("organization_id") String organizationId, String name, String description,
                   String email, String status, List<Language> languages,
                   @JsonProperty("service_areas") List<ServiceArea> serviceAreas,
                   @JsonProperty("x_ponte_id") String ponteId,
                   @JsonProperty("x_ponte_areas") List<InterventionArea> areas) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Language(String id, @JsonProperty("service_id") String serviceId, String code) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ServiceArea(String id, @JsonProperty("service_id") String serviceId, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Contact(String email) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Extension(String preferredLanguage, List<InterventionArea> areas, List<String> municipalities, Boolean active,
                     Integer urgentResponseDays, Integer routineResponseDays) {
    }

    static Organization of(Partner partner) {
        PartnerDetails d = partner.details();
        String organizationId = uuid("organization", partner.id());
        List<Service> services = d.services().stream().map(s -> {
            String serviceId = uuid("service", partner.id() + "/" + s.id());
            return new Service(serviceId, organizationId, s.name(), s.description(), null,
                    partner.active() ? "active" : "inactive",
                    d.languages().stream().map(code -> new Language(uuid("language", serviceId + "/" + code), serviceId, code)).toList(),
                    d.municipalities().stream()
                            .map(place -> new ServiceArea(uuid("service-area", serviceId + "/" + place), serviceId, place)).toList(),
                    s.id(), s.areas());
        }).toList();
        Identifier ponteId = new Identifier(uuid("identifier", partner.id()), organizationId, PONTE_SCHEME, "Ponte partner id",
                partner.id());
        return new Organization(organizationId, d.name(), Objects.requireNonNullElse(d.description(), ""), d.email(),
                List.of(ponteId), services, null,
                new Extension(d.preferredLanguage(), d.areas(), d.municipalities(), partner.active(), d.urgentResponseDays(),
                        d.routineResponseDays()));
    }

    /**
     * Back to Ponte's details. The partner keeps its Ponte id where the document names one, else takes the HSDS id;
     * the email is the organization's, else its first service's or contact's; municipalities and languages come from
     * the extension, else from the services' areas and two-letter language codes.
     */
    static PartnerDetails details(Organization organization) {
        Extension ext = organization.ponte() == null ? new Extension(null, null, null, null, null, null) : organization.ponte();
        List<Service> services = orEmpty(organization.services());
        String id = orEmpty(organization.identifiers()).stream()
                .filter(identifier -> PONTE_SCHEME.equals(identifier.scheme()))
                .map(Identifier::identifier).findFirst()
                .orElse(organization.id() == null ? null : organization.id().toLowerCase(Locale.ROOT));
        String email = Stream.concat(Stream.of(organization.email()), Stream.concat(
                        services.stream().map(Service::email), orEmpty(organization.contacts()).stream().map(Contact::email)))
                .filter(Objects::nonNull).findFirst().orElse(null);
        List<String> municipalities = ext.municipalities() != null ? ext.municipalities() : services.stream()
                .flatMap(s -> orEmpty(s.serviceAreas()).stream())
                .map(ServiceArea::name).filter(Objects::nonNull).distinct().toList();
        List<String> languages = services.stream()
                .flatMap(s -> orEmpty(s.languages()).stream())
                .map(language -> twoLetterCode(language.code())).flatMap(Optional::stream).distinct().toList();
        List<PartnerDetails.Offering> offerings = services.stream()
                .map(s -> new PartnerDetails.Offering(s.ponteId() != null ? s.ponteId() : s.id(), s.name(), s.description(),
                        orEmpty(s.areas())))
                .toList();
        return new PartnerDetails(id, organization.name(), organization.description(), email,
                ext.preferredLanguage() == null ? "pt" : ext.preferredLanguage(), orEmpty(ext.areas()),
                municipalities, languages, offerings, ext.active(), ext.urgentResponseDays(), ext.routineResponseDays());
    }

    /** A stable name-based UUID, so that each export names the same thing the same way. */
    private static String uuid(String kind, String key) {
        return UUID.nameUUIDFromBytes(("ponte:" + kind + ":" + key).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** ISO 639-1 codes Ponte keeps ({@code pt}, {@code en-GB} → {@code en}); other codes are left out. */
    private static Optional<String> twoLetterCode(String code) {
        return code != null && code.matches("[A-Za-z]{2}([-_].*)?")
                ? Optional.of(code.substring(0, 2).toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
