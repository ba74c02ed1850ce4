package org.ponte.frontend;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every page of the front end, rendered by its controller and template and driven as a browser would (MockMvc,
 * signed in with an OpenID Connect login), against the services' APIs over real HTTP ({@link ServicesStub}):
 * what each page shows, what it sends to which service with whose token, and how it shows a refusal.
 */
@SpringBootTest(properties = "management.tracing.sampling.probability=1.0")
@AutoConfigureMockMvc
class FrontendPagesTest {

    static final ServicesStub SERVICES = new ServicesStub();
    static final Pattern FORM_KEY = Pattern.compile("name=\"idempotencyKey\" value=\"([0-9a-f-]{36})\"");

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry properties) {
        for (String service : List.of("case-service", "referral-service", "notification-service", "reporting-service", "programme-service")) {
            properties.add("ponte.frontend." + service, SERVICES::url);
        }
    }

    /** The signed-in person's access token, as the authorization server would have issued it: named after them. */
    @TestConfiguration
    static class Tokens {
        @Bean
        @Primary
        OAuth2AuthorizedClientManager tokensOfTheSignedIn(ClientRegistrationRepository registrations) {
            return request -> new OAuth2AuthorizedClient(registrations.findByRegistrationId("ponte"), request.getPrincipal().getName(),
                    new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "token-of-" + request.getPrincipal().getName(),
                            Instant.now(), Instant.now().plusSeconds(300)));
        }
    }

    @BeforeEach
    void reset() {
        SERVICES.reset();
    }

    @AfterAll
    static void stop() {
        SERVICES.close();
    }

    // --- technicians -------------------------------------------------------------------------------------------

    @Test
    void theOfficesCasesAreListedWithTheTechniciansOwnTokenAndLanguage() throws Exception {
        SERVICES.answer("GET", "/api/v1/cases", """
                {"items": [{"id": "c-1", "caseNumber": "LIS-2026-000001", "status": "OPEN", "openedAt": "2026-11-01T10:00:00Z",
                            "areas": ["HOUSING"]}]}""");

        String page = page(get("/cases").with(technician()), 200);

        assertThat(page).contains("Processos do gabinete").contains("LIS-2026-000001").contains("Habitação").contains("01/11/2026");
        assertThat(SERVICES.last("GET", "/api/v1/cases").authorization()).isEqualTo("Bearer token-of-ana.lisboa");
        assertThat(SERVICES.last("GET", "/api/v1/cases").traceparent()).as("the page's trace goes on in the service")
                .matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
        assertThat(SERVICES.last("GET", "/api/v1/cases").acceptLanguage()).startsWith("pt");
        assertThat(page(get("/cases").param("lang", "en").with(technician()), 200)).contains("The office&#39;s cases").contains("Housing");
        assertThat(SERVICES.last("GET", "/api/v1/cases").acceptLanguage()).startsWith("en");
    }

    @Test
    void everyPageLoadsOnlyTheFrontEndsOwnScriptsAndStyles() throws Exception {
        SERVICES.answer("GET", "/api/v1/cases", "{\"items\": []}");

        String policy = mvc.perform(get("/cases").with(technician())).andReturn().getResponse().getHeader("Content-Security-Policy");

        assertThat(policy).contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'",
                "frame-ancestors 'none'", "form-action 'self' http://localhost:9000");
        assertThat(policy).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
    }

    @Test
    void theCaseListFiltersByStatusAndTheTechniciansOwnCases() throws Exception {
        SERVICES.answer("GET", "/api/v1/cases", "{\"items\": []}");

        assertThat(page(get("/cases").param("status", "CLOSED").param("mine", "true").with(technician()), 200))
                .containsPattern("<option value=\"CLOSED\" selected")
                .containsPattern("name=\"mine\"[^>]*checked");
        assertThat(SERVICES.last("GET", "/api/v1/cases").query()).isEqualTo("size=25&page=0&names=true&status=CLOSED&assignedTechnicianId=ana.lisboa");

        String byNumber = page(get("/cases").param("status", "OPEN").param("sort", "caseNumber,asc").with(technician()), 200);
        assertThat(SERVICES.last("GET", "/api/v1/cases").query()).as("the order is asked of case-service")
                .isEqualTo("size=25&page=0&sort=caseNumber,asc&names=true&status=OPEN");
        assertThat(byNumber).as("the sorted heading says so and turns the order round; the others sort their own way, keeping the filter")
                .containsPattern("aria-sort=\"ascending\"><a class=\"sort\"\\s*href=\"/cases\\?status=OPEN&amp;sort=caseNumber,desc\"")
                .containsPattern("aria-sort=\"none\"><a class=\"sort\"\\s*href=\"/cases\\?status=OPEN&amp;sort=openedAt,asc\"");
    }

    @Test
    void searchingByNameAsksCaseServiceForPeople() throws Exception {
        SERVICES.answer("GET", "/api/v1/beneficiaries", "{\"items\": [{\"id\": \"b-1\", \"fullName\": \"Maria Silva\", \"dateOfBirth\": \"1990-01-02\"}]}");

        assertThat(page(get("/cases").param("q", "Maria").with(technician()), 200))
                .as("each person links to their cases").contains("href=\"/cases?person=b-1\"").contains("Maria Silva (1990-01-02)");
        assertThat(SERVICES.last("GET", "/api/v1/beneficiaries").query()).isEqualTo("q=Maria&size=50");
    }

    @Test
    void theCaseListGoesPageByPageWithEachPersonsNameAndKeepsItsFilters() throws Exception {
        SERVICES.answer("GET", "/api/v1/cases", """
                {"items": [{"id": "c-30", "caseNumber": "LIS-2026-000030", "status": "OPEN", "openedAt": "2026-11-01T10:00:00Z",
                            "areas": ["HOUSING"], "beneficiaryName": "Amina Diallo"}],
                 "page": 1, "size": 25, "totalItems": 80, "totalPages": 4}""");

        String page = page(get("/cases").param("page", "1").param("status", "OPEN").with(technician()), 200);

        assertThat(SERVICES.last("GET", "/api/v1/cases").query()).isEqualTo("size=25&page=1&names=true&status=OPEN");
        assertThat(page).contains("Amina Diallo").contains("Página 2 de 4 (80 no total)")
                .contains("href=\"/cases?status=OPEN&amp;page=0\"").contains("href=\"/cases?status=OPEN&amp;page=2\"");
        page(get("/cases").with(manager()), 200);
        assertThat(SERVICES.last("GET", "/api/v1/cases").query()).as("a manager reads no names").contains("names=false");
    }

    @Test
    void registeringAPersonShowsEachRefusedFieldAndOpensTheCaseOnceAccepted() throws Exception {
        SERVICES.answer("POST", "/api/v1/beneficiaries", 400, """
                {"type": "urn:ponte:problem:invalid-request", "status": 400, "detail": "Some fields are not valid.",
                 "errors": [{"field": "nationality", "message": "must be an ISO 3166-1 alpha-2 code"}]}""");
        String refused = page(post("/people").param("fullName", "Maria Silva").param("nationality", "brazil")
                .param("shareWithPartners", "on").with(technician()).with(csrf()), 200);
        assertThat(refused).containsPattern("id=\"nationality-error\"[^>]*>must be an ISO 3166-1 alpha-2 code<").contains("value=\"Maria Silva\"")
                .as("the consent as ticked").containsPattern("name=\"shareWithPartners\"[^>]*checked").doesNotContainPattern("name=\"dataProcessing\"[^>]*checked");

        SERVICES.answer("POST", "/api/v1/beneficiaries", 201, "{\"id\": \"b-9\"}").answer("POST", "/api/v1/cases", 201, "{\"id\": \"c-9\"}");
        String formKey = formKeyIn(page(get("/people/new").with(technician()), 200));
        MvcResult accepted = mvc.perform(post("/people").param("fullName", "Maria Silva").param("nationality", "BR")
                .param("dataProcessing", "on").param("area", "HOUSING").param("idempotencyKey", formKey)
                .with(technician()).with(csrf())).andReturn();

        assertThat(accepted.getResponse().getRedirectedUrl()).isEqualTo("/cases/c-9");
        assertThat(SERVICES.last("POST", "/api/v1/beneficiaries").idempotencyKey())
                .as("each call of the form under its own key, so that a resubmit replays both").isEqualTo(formKey + ":/api/v1/beneficiaries");
        assertThat(SERVICES.last("POST", "/api/v1/cases").idempotencyKey()).isEqualTo(formKey + ":/api/v1/cases");
        assertThat(SERVICES.last("POST", "/api/v1/beneficiaries").body()).contains("\"dataProcessing\":true").contains("\"shareWithPartners\":false");
        assertThat(SERVICES.last("POST", "/api/v1/cases").body()).contains("\"beneficiaryId\":\"b-9\"").contains("HOUSING");
    }

    @Test
    void theCasePageShowsOneTimelineOfAttendancesSessionsAndReferralsNewestFirst() throws Exception {
        aCase();

        String page = page(get("/cases/c-1").with(technician()), 200);

        assertThat(page).contains("LIS-2026-000001").contains("Maria Silva").contains("Renda em atraso").contains("Conversação")
                .contains("ENC-2026-000007").contains("em atraso");
        int referral = page.indexOf("ENC-2026-000007");
        int session = page.indexOf("Conversação");
        int attendance = page.indexOf("Renda em atraso");
        assertThat(referral).as("newest first").isLessThan(session);
        assertThat(session).isLessThan(attendance);
        assertThat(page).contains("LIS-2026-000002").as("other open cases offered for a group session");
        assertThat(page).containsPattern("name=\"shareWithPartners\"[^>]*checked");
    }

    @Test
    void aSessionWithOtherCasesIsAGroupAndAloneItIsIndividual() throws Exception {
        aCase();
        SERVICES.answer("POST", "/api/v1/mentoring-sessions", 201, "{\"id\": \"m-1\"}");

        MvcResult group = mvc.perform(post("/cases/c-1/mentoring-sessions").param("occurredAt", "2026-11-20T10:00").param("area", "LANGUAGE")
                .param("durationMinutes", "60").param("otherCases", "c-2").with(technician()).with(csrf())).andReturn();
        assertThat(group.getResponse().getRedirectedUrl()).isEqualTo("/cases/c-1");
        assertThat(SERVICES.last("POST", "/api/v1/mentoring-sessions").body()).contains("\"kind\":\"GROUP\"")
                .contains("\"caseIds\":[\"c-1\",\"c-2\"]").contains("\"occurredAt\":\"2026-11-20T10:00:00Z\"").contains("\"durationMinutes\":60");

        mvc.perform(post("/cases/c-1/mentoring-sessions").param("occurredAt", "2026-07-20T10:00").param("area", "LANGUAGE")
                .param("durationMinutes", "60").with(technician()).with(csrf()));
        assertThat(SERVICES.last("POST", "/api/v1/mentoring-sessions").body()).contains("\"kind\":\"INDIVIDUAL\"")
                .contains("\"caseIds\":[\"c-1\"]").as("Lisbon summer time").contains("\"occurredAt\":\"2026-07-20T09:00:00Z\"");
    }

    @Test
    void everyPostingFormCarriesItsOwnKeyAndARefusedFormComesBackWithIt() throws Exception {
        aCase();
        List<String> keys = FORM_KEY.matcher(page(get("/cases/c-1").with(technician()), 200)).results().map(m -> m.group(1)).toList();
        assertThat(keys).as("attendance, mentoring, referral, consent, close").hasSizeGreaterThanOrEqualTo(5).doesNotHaveDuplicates();
        assertThat(page(get("/cases/c-1").with(technician()), 200)).as("a new page, new keys").doesNotContain(keys.get(0));

        SERVICES.answer("POST", "/api/v1/cases/c-1/attendances", 422, """
                {"type": "urn:ponte:problem:invalid-request", "status": 422, "detail": "Some fields are not valid.",
                 "errors": [{"field": "durationMinutes", "message": "must be at most 480"}]}""");
        String refused = page(post("/cases/c-1/attendances").param("occurredAt", "2026-11-20T10:00").param("durationMinutes", "600")
                .param("idempotencyKey", keys.get(0)).with(technician()).with(csrf()), 200);

        assertThat(SERVICES.last("POST", "/api/v1/cases/c-1/attendances").idempotencyKey()).isEqualTo(keys.get(0) + ":/api/v1/cases/c-1/attendances");
        assertThat(refused).contains("must be at most 480").contains("value=\"" + keys.get(0) + "\"");

        mvc.perform(post("/cases/c-1/attendances").param("occurredAt", "2026-11-20T10:00").param("idempotencyKey", "1; DROP")
                .with(technician()).with(csrf()));
        assertThat(SERVICES.last("POST", "/api/v1/cases/c-1/attendances").idempotencyKey()).as("not a form key").isNull();
    }

    @Test
    void consentIsChangedAsTicked() throws Exception {
        aCase();
        SERVICES.answer("POST", "/api/v1/beneficiaries/b-1/consent", "{\"id\": \"b-1\"}");

        mvc.perform(post("/cases/c-1/consent").param("beneficiaryId", "b-1").param("dataProcessing", "on").param("contactByMessage", "on")
                .with(technician()).with(csrf()));

        assertThat(SERVICES.last("POST", "/api/v1/beneficiaries/b-1/consent").body())
                .contains("\"dataProcessing\":true").contains("\"shareWithPartners\":false").contains("\"contactByMessage\":true");
    }

    @Test
    void thePartnerChoiceFollowsTheAreaAndMunicipality() throws Exception {
        SERVICES.answer("GET", "/api/v1/partners", "[{\"id\": \"partner-7\", \"name\": \"Centro de Saúde de Sintra\"}]");

        String options = page(get("/partners/options").param("area", "HEALTH").param("municipality", "Sintra")
                .header("HX-Request", "true").with(technician()), 200);

        assertThat(options.strip()).startsWith("<option").contains("value=\"partner-7\"").doesNotContain("<html");
        assertThat(SERVICES.last("GET", "/api/v1/partners").query()).isEqualTo("area=HEALTH&municipality=Sintra");
    }

    @Test
    void aReferralIsSentWithItsFollowUpAndARefusalShowsNextToItsField() throws Exception {
        aCase();
        SERVICES.answer("POST", "/api/v1/referrals", 422, """
                {"type": "urn:ponte:problem:area-not-served", "status": 422, "detail": "Partner IEFP does not work in HEALTH.",
                 "errors": [{"field": "area", "message": "Partner IEFP does not work in HEALTH."}]}""");

        String refused = page(post("/cases/c-1/referrals").param("partnerId", "partner-1").param("area", "HEALTH").param("reason", "x")
                .param("followUpOn", "2026-12-01").with(technician()).with(csrf()), 200);

        assertThat(refused).containsPattern("id=\"area-error\"[^>]*>Partner IEFP does not work in HEALTH.<");
        assertThat(SERVICES.last("POST", "/api/v1/referrals").body()).contains("\"caseId\":\"c-1\"").contains("\"followUpOn\":\"2026-12-01\"");
    }

    // --- partners ----------------------------------------------------------------------------------------------

    @Test
    void aPartnerAnswersWithHtmxAndGetsTheReferralBackInPlace() throws Exception {
        SERVICES.answer("GET", "/api/v1/referrals", "{\"items\": [" + referral("PENDING") + "]}")
                .answer("POST", "/api/v1/referrals/r-1/accept", referral("ACCEPTED"));

        String list = page(get("/referrals").with(partner()), 200);
        assertThat(list).contains("ENC-2026-000007").contains("Pendente").contains("hx-post=\"/referrals/r-1/accept\"");

        String fragment = page(post("/referrals/r-1/accept").header("HX-Request", "true").with(partner()).with(csrf()), 200);
        assertThat(fragment.strip()).startsWith("<article").doesNotContain("<html").contains("Aceite").contains("Concluir");
        assertThat(SERVICES.last("POST", "/api/v1/referrals/r-1/accept").authorization()).isEqualTo("Bearer token-of-eva.partner1");

        SERVICES.answer("POST", "/api/v1/referrals/r-1/decline", referral("DECLINED"));
        MvcResult withoutJavaScript = mvc.perform(post("/referrals/r-1/decline").param("reason", "NO_CAPACITY").param("back", "//evil.example")
                .with(partner()).with(csrf())).andReturn();
        assertThat(withoutJavaScript.getResponse().getRedirectedUrl()).as("never back to another site").isEqualTo("/referrals");
        assertThat(SERVICES.last("POST", "/api/v1/referrals/r-1/decline").body()).contains("\"reason\":\"NO_CAPACITY\"");
    }

    @Test
    void aPartnerSeesTheSharedContactAndAnotherPartnersReferralIsNotFound() throws Exception {
        SERVICES.answer("GET", "/api/v1/referrals/r-1", referral("ACCEPTED"))
                .answer("GET", "/api/v1/beneficiaries/b-1", "{\"fullName\": \"Maria Silva\", \"phone\": \"+351 912 000 111\"}");

        assertThat(page(get("/referrals/r-1").with(partner()), 200)).contains("Maria Silva").contains("+351 912 000 111").contains("Aceite");

        String notFound = page(get("/referrals/r-2").with(partner()), 404);
        assertThat(notFound).contains("Não encontrado").doesNotContain("Exception");

        SERVICES.answer("GET", "/api/v1/referrals/r-3", 409, """
                {"type": "urn:ponte:problem:illegal-transition", "status": 409, "detail": "Referral ENC-2026-000009 is COMPLETED."}""");
        assertThat(page(get("/referrals/r-3").with(partner()), 409)).as("the service's own refusal, explained")
                .contains("Pedido recusado").contains("is COMPLETED");
    }

    @Test
    void theInboxMarksANotificationReadInPlace() throws Exception {
        String notification = """
                {"id": "n-1", "subject": "Novo encaminhamento ENC-2026-000007", "text": "Responda até 05/12/2026",
                 "link": "http://localhost:8080/referrals/r-1", "createdAt": "2026-11-28T09:00:00Z"%s}""";
        SERVICES.answer("GET", "/api/v1/notifications", "{\"items\": [" + notification.formatted("") + "]}")
                .answer("POST", "/api/v1/notifications/n-1/read", notification.formatted(", \"readAt\": \"2026-11-28T10:00:00Z\""));

        assertThat(page(get("/inbox").with(partner()), 200)).contains("Novo encaminhamento ENC-2026-000007").contains("Marcar como lida");
        String read = page(post("/inbox/n-1/read").header("HX-Request", "true").with(partner()).with(csrf()), 200);
        assertThat(read.strip()).startsWith("<li").contains("read").doesNotContain("Marcar como lida");
    }

    @Test
    void aPartnerRegistersAWebhookAndSeesItsSecretOnceOnly() throws Exception {
        SERVICES.answer("GET", "/api/v1/webhook-endpoints", "[{\"id\": \"w-1\", \"url\": \"https://crm.example.org/hooks\", \"enabled\": true}]")
                .answer("POST", "/api/v1/webhook-endpoints", 201, "{\"id\": \"w-1\", \"secret\": \"whsec_c2VjcmV0\"}");

        String created = page(post("/endpoints").param("url", "https://crm.example.org/hooks").with(partner()).with(csrf()), 200);
        assertThat(created).contains("whsec_c2VjcmV0").contains("https://crm.example.org/hooks");
        assertThat(page(get("/endpoints").with(partner()), 200)).contains("https://crm.example.org/hooks").doesNotContain("whsec_");

        SERVICES.answer("POST", "/api/v1/webhook-endpoints", 422, """
                {"type": "urn:ponte:problem:invalid-url", "status": 422, "detail": "Only http and https URLs.",
                 "errors": [{"field": "url", "message": "Only http and https URLs."}]}""");
        assertThat(page(post("/endpoints").param("url", "ftp://x").with(partner()).with(csrf()), 200))
                .containsPattern("id=\"url-error\"[^>]*>Only http and https URLs.<");
    }

    // --- managers ----------------------------------------------------------------------------------------------

    @Test
    void theDashboardShowsProgressAgainstTargetTheMonthlyChartAndTakesHandReportedEntries() throws Exception {
        SERVICES.answer("GET", "/api/v1/plans", """
                [{"id": "plan-1", "name": "CLAIM Lisboa 2024–2026", "periodEnd": "2026-12-31", "indicators": [
                   {"code": "ATTENDANCES", "name": "Atendimentos", "source": "EVENTS"},
                   {"code": "GUIDES_PUBLISHED", "name": "Guias publicados", "source": "MANUAL"}]}]""")
                .answer("GET", "/api/v1/plans/plan-1/progress", """
                {"indicators": [{"code": "ATTENDANCES", "name": "Atendimentos", "target": 3600, "actual": 1800, "percent": 50.0,
                                 "expectedByNow": 1700.0, "forecastDate": "2026-12-20", "status": "ON_TRACK"},
                                {"code": "BENEFICIARIES_SUPPORTED", "name": "Pessoas apoiadas", "target": 1224, "actual": 1, "percent": 0.1,
                                 "expectedByNow": 1187.1, "forecastDate": "+12501-06-03", "status": "BEHIND"}]}""")
                .answer("GET", "/api/v1/reports/attendances/monthly", """
                [{"month": "2026-11", "officeId": "lisboa", "channel": "IN_PERSON", "area": "HOUSING", "attendances": "12"},
                 {"month": "2026-11", "officeId": "lisboa", "channel": "PHONE", "area": "HOUSING", "attendances": "3"}]""");

        String page = page(get("/dashboard").with(manager()), 200);

        assertThat(page).contains("CLAIM Lisboa 2024–2026").contains("data-code=\"ATTENDANCES\"").contains("No bom caminho")
                .contains("data-width=\"50.0\"").doesNotContain("style=").contains(">15<").contains("Guias publicados").contains("meta prevista para 20/12/2026")
                .contains("a meta não é atingida dentro do plano").doesNotContain("12501");
        assertThat(page).as("the progress chart's table: reached and expected by now, in percent of the target")
                .containsPattern("<th scope=\"row\">Atendimentos</th>\\s*<td class=\"numeric\" data-value=\"50.0\">50,0 %</td>"
                        + "\\s*<td class=\"numeric\" data-value=\"47.2\">47,2 %</td>")
                .as("the monthly chart's table: the month's attendances by area, channels added up")
                .containsPattern("<th scope=\"row\">2026-11</th>\\s*<td class=\"numeric\" data-value=\"15\">15</td>");
        assertThat(SERVICES.last("GET", "/api/v1/reports/attendances/monthly").query()).isEqualTo("officeId=lisboa");

        SERVICES.answer("POST", "/api/v1/plans/plan-1/indicators/GUIDES_PUBLISHED/entries", 201, "{\"id\": \"e-1\"}");
        MvcResult reported = mvc.perform(post("/dashboard/plans/plan-1/entries").param("code", "GUIDES_PUBLISHED").param("date", "2026-11-20")
                .param("value", "2").param("note", "guia de acolhimento").with(manager()).with(csrf())).andReturn();
        assertThat(reported.getResponse().getRedirectedUrl()).isEqualTo("/dashboard");
        assertThat(SERVICES.last("POST", "/api/v1/plans/plan-1/indicators/GUIDES_PUBLISHED/entries").body())
                .contains("\"date\":\"2026-11-20\"").contains("\"value\":\"2\"");
    }

    /**
     * An administrator has no office of their own, so the dashboard shows the plans without a chart until one is named. The chart's
     * {@code th:if} sat beside its {@code th:replace}, which Thymeleaf applies first, so the page failed half-sent and
     * the browser test's administrator sign-in waited on it (the "stall" of earlier runs).
     */
    @Test
    void anAdministratorSeesThePlansAndTheChartOfTheOfficeNamed() throws Exception {
        SERVICES.answer("GET", "/api/v1/plans", """
                [{"id": "plan-1", "name": "CLAIM Lisboa 2024–2026", "indicators": [{"code": "ATTENDANCES", "name": "Atendimentos", "source": "EVENTS"}]}]""")
                .answer("GET", "/api/v1/plans/plan-1/progress", """
                {"indicators": [{"code": "ATTENDANCES", "name": "Atendimentos", "target": 3600, "actual": 1800, "percent": 50.0,
                                 "expectedByNow": 1700.0, "status": "ON_TRACK"}]}""")
                .answer("GET", "/api/v1/reports/attendances/monthly", """
                [{"month": "2026-11", "officeId": "porto", "channel": "IN_PERSON", "area": "HOUSING", "attendances": "12"}]""")
                .answer("GET", "/api/v1/offices", OFFICES);

        assertThat(page(get("/dashboard").with(admin()), 200)).contains("CLAIM Lisboa 2024–2026").contains("id=\"officeId\"")
                .contains("<option value=\"porto\">CLAIM Porto</option>").doesNotContain("chart-areas").contains("</html>");

        assertThat(page(get("/dashboard").param("officeId", "porto").with(admin()), 200)).contains("id=\"chart-areas\"").contains("2026-11");
        assertThat(SERVICES.last("GET", "/api/v1/reports/attendances/monthly").query()).isEqualTo("officeId=porto");

        SERVICES.answer("GET", "/api/v1/reports/attendances/monthly", 400, """
                {"type": "about:blank", "title": "Bad Request", "status": 400, "detail": "officeId is required for an administrator"}""");
        assertThat(page(get("/reports").with(admin()), 200)).contains("officeId is required").doesNotContain("chart-areas").contains("</html>");
    }

    @Test
    void reportsShowEveryFunnelStepAndDemographicAndDownloadAsCsvForWholeMonths() throws Exception {
        SERVICES.answer("GET", "/api/v1/reports/attendances/monthly", "[]")
                .answer("GET", "/api/v1/reports/referrals/funnel", """
                [{"partnerId": "partner-1", "area": "HEALTH", "requested": "12", "accepted": "9", "declined": "<5", "completed": "7",
                  "cancelled": "0", "overdue": "<5", "medianHoursToRespond": 1.5}]""")
                .answer("GET", "/api/v1/reports/demographics", """
                {"nationality": {"BR": "7", "CV": "x", "UA": "<5"}, "sex": {"FEMALE": "8"}, "ageBand": {"FROM_25_TO_34": "15"}}""");

        String page = page(get("/reports").param("from", "2026-11").with(manager()), 200);

        assertThat(page).contains("partner-1").contains("Saúde").contains("1,5").contains("25 a 34").contains("Mulheres")
                .containsPattern("<th scope=\"row\">CV</th><td>x</td>");
        assertThat(page).as("the funnel chart's table adds up every partner's steps")
                .containsPattern("<th scope=\"row\">Pedidos</th>\\s*<td class=\"numeric\" data-value=\"12\">12</td>")
                .containsPattern("<th scope=\"row\">Concluídos</th>\\s*<td class=\"numeric\" data-value=\"7\">7</td>");
        assertThat(SERVICES.last("GET", "/api/v1/reports/demographics").query()).isEqualTo("from=2026-11-01");

        SERVICES.answer("GET", "/api/v1/reports/demographics", "category,value,people\r\nnationality,BR,7\r\n");
        MvcResult csv = mvc.perform(get("/reports/demographics.csv").with(manager())).andReturn();
        assertThat(csv.getResponse().getHeader("Content-Disposition")).contains("demographics.csv");
        assertThat(csv.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("nationality,BR,7");
        assertThat(mvc.perform(get("/reports/passwords.csv").with(manager())).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    static final String OFFICES = """
            [{"id": "lisboa", "name": "CLAIM Lisboa", "municipality": "Lisboa", "region": "PT1A", "caseNumberPrefix": "LIS", "active": true},
             {"id": "porto", "name": "CLAIM Porto", "municipality": "Porto", "region": "PT11", "caseNumberPrefix": "POR", "active": true},
             {"id": "braga", "name": "CLAIM Braga", "municipality": "Braga", "region": "PT11", "caseNumberPrefix": "BRA", "active": false}]""";

    @Test
    void aCoordinatorPicksOfficesOrARegionAndAManagerHasNoPicker() throws Exception {
        SERVICES.answer("GET", "/api/v1/reports/attendances/monthly", "[]").answer("GET", "/api/v1/reports/referrals/funnel", "[]")
                .answer("GET", "/api/v1/reports/demographics", "{\"nationality\": {}, \"sex\": {}, \"ageBand\": {}}")
                .answer("GET", "/api/v1/offices", OFFICES);

        String page = page(get("/reports").param("officeId", "lisboa", "porto").param("region", "PT11").with(coordinator(null)), 200);

        assertThat(page).contains("<option value=\"lisboa\" selected=\"selected\">CLAIM Lisboa</option>").contains("Norte")
                .contains("/reports/demographics.csv?officeId=lisboa&amp;officeId=porto&amp;region=PT11");
        assertThat(SERVICES.last("GET", "/api/v1/reports/demographics").query()).isEqualTo("officeId=lisboa&officeId=porto&region=PT11");
        assertThat(page(get("/reports").with(coordinator("PT11")), 200)).as("a regional coordinator picks among its region's offices")
                .contains("CLAIM Porto").doesNotContain("CLAIM Lisboa").doesNotContain("Grande Lisboa");
        assertThat(SERVICES.last("GET", "/api/v1/reports/demographics").query()).as("none picked: every office it may see").isNull();
        assertThat(page(get("/reports").with(manager()), 200)).doesNotContain("id=\"officeId\"");
    }

    @Test
    void theNetworkPageSortsTheOfficesByATargetsProgressAndKeepsOneRegion() throws Exception {
        SERVICES.answer("GET", "/api/v1/plans", """
                [{"id": "claim-lisboa", "name": "CLAIM Lisboa", "officeIds": ["lisboa"]},
                 {"id": "rede", "name": "Rede CLAIM 2024–2026", "officeIds": ["lisboa", "porto", "braga"]}]""")
                .answer("GET", "/api/v1/plans/rede/progress/offices", """
                {"planId": "rede", "offices": [
                  {"officeId": "braga", "name": "CLAIM Braga", "region": "PT11", "indicators": [
                    {"code": "ATTENDANCES", "name": "Atendimentos", "target": 1200, "actual": 300, "percent": 25.0, "status": "BEHIND"}]},
                  {"officeId": "lisboa", "name": "CLAIM Lisboa", "region": "PT1A", "indicators": [
                    {"code": "ATTENDANCES", "name": "Atendimentos", "target": 1200, "actual": 900, "percent": 75.0, "status": "ON_TRACK"}]},
                  {"officeId": "porto", "name": "CLAIM Porto", "region": "PT11", "indicators": [
                    {"code": "ATTENDANCES", "name": "Atendimentos", "target": 1200, "actual": 600, "percent": 50.0, "status": "AT_RISK"}]}]}""")
                .answer("GET", "/api/v1/reports/network/monthly", """
                [{"month": "2026-10", "attendances": "120", "peopleSupported": "80", "referralsMade": "3"},
                 {"month": "2026-11", "attendances": "60", "peopleSupported": "x", "referralsMade": "12"}]""");

        String byProgress = page(get("/network").param("sort", "ATTENDANCES").param("dir", "desc").with(coordinator(null)), 200);
        String norte = page(get("/network").param("region", "PT11").with(coordinator(null)), 200);

        assertThat(byProgress.indexOf("network-lisboa")).isLessThan(byProgress.indexOf("network-porto"));
        assertThat(byProgress.indexOf("network-porto")).isLessThan(byProgress.indexOf("network-braga"));
        assertThat(byProgress).contains("Rede CLAIM 2024–2026").doesNotContain(">CLAIM Lisboa</option>").contains("aria-sort=\"descending\"")
                .contains("75,0%").contains("Em risco").contains("Grande Lisboa").contains("2026-10")
                .as("the monthly chart's table: a hidden count of people is shown and left out of the chart")
                .containsPattern("<th scope=\"row\">2026-11</th>\\s*<td class=\"numeric\" data-value=\"60\">60</td>"
                        + "\\s*<td class=\"numeric\">x</td>\\s*<td class=\"numeric\" data-value=\"12\">12</td>")
                .contains("/network/monthly.csv");
        assertThat(norte).contains("network-porto").contains("network-braga").doesNotContain("network-lisboa");
        assertThat(SERVICES.last("GET", "/api/v1/reports/network/monthly").query()).isEqualTo("region=PT11");
        assertThat(norte.indexOf("network-braga")).as("by office name unless asked").isLessThan(norte.indexOf("network-porto"));
    }

    // --- administrators ----------------------------------------------------------------------------------------

    @Test
    void anAdministratorAddsAnOfficeChangesOneAndSeesWhatTheDirectoryRefused() throws Exception {
        SERVICES.answer("GET", "/api/v1/offices", OFFICES).answer("POST", "/api/v1/offices", 201, "{}")
                .answer("PUT", "/api/v1/offices/porto", "{}");

        assertThat(page(get("/admin/offices").with(admin()), 200)).contains("CLAIM Braga").contains("encerrado").contains("Norte");
        assertThat(page(get("/admin/offices").param("edit", "porto").with(admin()), 200)).contains("value=\"POR\"").contains("readonly");
        mvc.perform(post("/admin/offices").with(admin()).with(csrf()).param("id", "faro").param("name", "CLAIM Faro").param("municipality", "Faro")
                .param("region", "PT15").param("caseNumberPrefix", "FAR").param("existing", "false"));
        assertThat(SERVICES.last("POST", "/api/v1/offices").body()).contains("\"id\":\"faro\"").contains("\"region\":\"PT15\"").contains("\"active\":true");
        mvc.perform(post("/admin/offices").with(admin()).with(csrf()).param("id", "porto").param("name", "CLAIM Porto").param("municipality", "Porto")
                .param("region", "PT11").param("caseNumberPrefix", "POR").param("active", "false").param("existing", "true"));
        assertThat(SERVICES.last("PUT", "/api/v1/offices/porto").body()).contains("\"active\":false");

        SERVICES.answer("POST", "/api/v1/offices", 409, """
                {"type": "urn:ponte:problem:case-number-prefix-taken", "status": 409, "detail": "Office porto already numbers its cases POR."}""");
        String refused = page(post("/admin/offices").with(admin()).with(csrf()).param("id", "gaia").param("name", "CLAIM Gaia")
                .param("municipality", "Gaia").param("region", "PT11").param("caseNumberPrefix", "POR"), 200);
        assertThat(refused).contains("already numbers its cases POR").contains("value=\"CLAIM Gaia\"");
        assertThat(mvc.perform(get("/admin/offices").with(coordinator(null))).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void anAdministratorCreatesAPlanWithTargetsAndSeesThePlansRulesOnTheirFields() throws Exception {
        SERVICES.answer("GET", "/api/v1/offices", OFFICES).answer("GET", "/api/v1/plans", """
                [{"id": "plan-1", "name": "CLAIM Lisboa 2024–2026", "periodStart": "2024-01-01", "periodEnd": "2026-12-31", "officeIds": ["lisboa"],
                  "indicators": [{"code": "ATTENDANCES", "name": "Atendimentos", "target": 3600, "source": "EVENTS"}]}]""")
                .answer("POST", "/api/v1/plans", 422, """
                {"type": "urn:ponte:problem:invalid-period", "status": 422, "detail": "O período pedido não é válido.",
                 "errors": [{"field": "periodEnd", "message": "o período não é válido: o fim deve vir depois do início"}]}""");

        assertThat(page(get("/admin/plans").with(admin()), 200)).contains("CLAIM Lisboa 2024–2026").contains("Atendimentos: 3600")
                .as("every counted indicator offered, named in the page's language").contains("id=\"take-BENEFICIARIES_SUPPORTED\"")
                .contains("value=\"Horas de formação de técnicos\"");
        String refused = page(post("/admin/plans").with(admin()).with(csrf()).param("name", "Rede").param("periodStart", "2027-01-01")
                .param("periodEnd", "2026-01-01").param("officeIds", "lisboa", "porto").param("take-ATTENDANCES", "on")
                .param("name-ATTENDANCES", "Atendimentos").param("target-ATTENDANCES", "1200")
                .param("manual-code-0", "FAIRS").param("manual-name-0", "Feiras de emprego").param("manual-target-0", "4"), 200);

        assertThat(SERVICES.last("POST", "/api/v1/plans").body()).contains("\"officeIds\":[\"lisboa\",\"porto\"]")
                .contains("{\"code\":\"ATTENDANCES\",\"name\":\"Atendimentos\",\"target\":1200,\"source\":\"EVENTS\",\"measureCode\":null}")
                .contains("{\"code\":\"FAIRS\",\"name\":\"Feiras de emprego\",\"target\":4,\"source\":\"MANUAL\",\"measureCode\":null}")
                .doesNotContain("BENEFICIARIES_SUPPORTED");
        assertThat(refused).containsPattern("id=\"periodEnd-error\"[^>]*>o período não é válido").contains("value=\"Rede\"")
                .as("the choices kept").containsPattern("value=\"porto\"[^>]*checked").doesNotContainPattern("name=\"take-PUBLICATIONS\"[^>]*checked");
        assertThat(mvc.perform(get("/admin/plans").with(manager())).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void anAdministratorChangesAPlanStartingFromWhatItIs() throws Exception {
        SERVICES.answer("GET", "/api/v1/offices", OFFICES).answer("GET", "/api/v1/plans", """
                [{"id": "plan-1", "name": "CLAIM Lisboa 2024–2026", "periodStart": "2024-01-01", "periodEnd": "2026-12-31", "officeIds": ["lisboa"],
                  "measures": [{"code": "M1", "name": "Acolher", "level": 1, "area": "HEALTH"}], "version": 4,
                  "indicators": [{"code": "ATTENDANCES", "name": "Atendimentos", "target": 3600, "source": "EVENTS", "measureCode": "M1"},
                                 {"code": "FAIRS", "name": "Feiras", "target": 4, "source": "MANUAL"}]}]""")
                .answer("PUT", "/api/v1/plans/plan-1", "{\"id\": \"plan-1\"}");

        String form = page(get("/admin/plans").param("edit", "plan-1").with(admin()), 200);

        assertThat(form).contains("action=\"/admin/plans/plan-1\"").containsPattern("name=\"version\" value=\"4\"")
                .containsPattern("id=\"measure-code-0\"[^>]*value=\"M1\"").containsPattern("id=\"measure-code-1\"[^>]*>")
                .containsPattern("name=\"take-ATTENDANCES\"[^>]*checked").doesNotContainPattern("name=\"take-PUBLICATIONS\"[^>]*checked")
                .containsPattern("id=\"target-ATTENDANCES\"[^>]*value=\"3600\"").containsPattern("id=\"manual-code-0\"[^>]*value=\"FAIRS\"");
        MvcResult saved = mvc.perform(post("/admin/plans/plan-1").with(admin()).with(csrf()).param("version", "4").param("id", "plan-1")
                .param("name", "CLAIM Lisboa").param("periodStart", "2024-01-01").param("periodEnd", "2026-12-31").param("officeIds", "lisboa")
                .param("measure-code-0", "M1").param("measure-name-0", "Acolher").param("measure-level-0", "2").param("measure-area-0", "HEALTH")
                .param("measure-code-1", "").param("take-ATTENDANCES", "on").param("name-ATTENDANCES", "Atendimentos")
                .param("target-ATTENDANCES", "4000").param("measure-ATTENDANCES", "M1").param("manual-code-0", "")).andReturn();
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/admin/plans");
        assertThat(SERVICES.last("PUT", "/api/v1/plans/plan-1").body()).contains("\"measures\":[{\"code\":\"M1\",\"name\":\"Acolher\",\"level\":2,\"area\":\"HEALTH\"}]")
                .contains("{\"code\":\"ATTENDANCES\",\"name\":\"Atendimentos\",\"target\":4000,\"source\":\"EVENTS\",\"measureCode\":\"M1\"}")
                .doesNotContain("FAIRS");
    }

    @Test
    void anAdministratorKeepsTheDirectoryAndOthersCannotReachIt() throws Exception {
        SERVICES.answer("GET", "/api/v1/partners", """
                [{"id": "partner-1", "name": "IEFP Lisboa", "email": "x@iefp.pt", "areas": ["EMPLOYMENT_AND_ENTREPRENEURSHIP"],
                  "municipalities": ["Lisboa", "Amadora"], "active": true}]""")
                .answer("GET", "/api/v1/partners/partner-1", """
                {"id": "partner-1", "name": "IEFP Lisboa", "email": "x@iefp.pt", "preferredLanguage": "pt",
                 "areas": ["EMPLOYMENT_AND_ENTREPRENEURSHIP"], "municipalities": ["Lisboa"], "active": true, "revision": 3,
                 "services": [{"id": "cv", "name": "Apoio ao currículo", "areas": ["EMPLOYMENT_AND_ENTREPRENEURSHIP"]}],
                 "updatedAt": "2026-11-01T10:00:00Z"}""")
                .answer("PUT", "/api/v1/partners/partner-1", "{\"id\": \"partner-1\"}");

        assertThat(page(get("/admin/partners").with(admin()), 200)).contains("IEFP Lisboa").contains("Lisboa, Amadora").contains("Desativar");
        mvc.perform(post("/admin/partners/partner-1/active").param("active", "false").with(admin()).with(csrf()));
        assertThat(SERVICES.last("PUT", "/api/v1/partners/partner-1").body()).contains("\"active\":false").doesNotContain("revision")
                .contains("\"name\":\"IEFP Lisboa\"");

        SERVICES.answer("POST", "/api/v1/partners", 400, """
                {"type": "urn:ponte:problem:invalid-request", "status": 400, "detail": "Some fields are not valid.",
                 "errors": [{"field": "email", "message": "must be a well-formed email address"}]}""");
        assertThat(page(post("/admin/partners").param("name", "ONG").param("email", "no").param("municipalities", "Lisboa, Sintra")
                .with(admin()).with(csrf()), 200)).containsPattern("id=\"email-error\"[^>]*>must be a well-formed email address<");
        assertThat(SERVICES.last("POST", "/api/v1/partners").body()).contains("\"municipalities\":[\"Lisboa\",\"Sintra\"]");
        assertThat(SERVICES.last("GET", "/api/v1/partners").query()).as("the administrator sees inactive partners too").isEqualTo("includeInactive=true");

        assertThat(page(get("/admin/partners").param("edit", "partner-1").with(admin()), 200)).contains("Alterar o parceiro")
                .containsPattern("id=\"id\"[^>]*value=\"partner-1\"[^>]*readonly").containsPattern("value=\"EMPLOYMENT_AND_ENTREPRENEURSHIP\"[^>]*checked")
                .as("its service, and a row for another").containsPattern("id=\"service-id-0\"[^>]*value=\"cv\"")
                .containsPattern("<option value=\"EMPLOYMENT_AND_ENTREPRENEURSHIP\" selected=\"selected\">").contains("id=\"service-id-1\"");
        mvc.perform(post("/admin/partners").param("existing", "true").param("id", "partner-1").param("name", "IEFP Lisboa")
                .param("email", "x@iefp.pt").param("preferredLanguage", "pt").param("areas", "EMPLOYMENT_AND_ENTREPRENEURSHIP", "TRAINING")
                .param("municipalities", "Lisboa").param("urgentResponseDays", "1").param("routineResponseDays", "10")
                .param("service-id-0", "").param("service-name-0", "Apoio ao currículo")
                .param("service-id-1", "formacao").param("service-name-1", "Formação").param("service-areas-1", "TRAINING", "LANGUAGE")
                .with(admin()).with(csrf()));
        assertThat(SERVICES.last("PUT", "/api/v1/partners/partner-1").body()).as("the whole entry, with its new deadlines, areas and services")
                .contains("\"urgentResponseDays\":1").contains("\"routineResponseDays\":10").contains("\"TRAINING\"")
                .contains("\"services\":[{\"id\":\"formacao\",\"name\":\"Formação\",\"description\":null,\"areas\":[\"TRAINING\",\"LANGUAGE\"]}]")
                .contains("\"active\":true").doesNotContain("revision");

        assertThat(mvc.perform(get("/admin/partners").with(technician())).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void anAdministratorRetriesADeadDeliveryInPlaceAndSearchesTheAuditLog() throws Exception {
        String delivery = """
                {"id": "d-1", "channel": "WEBHOOK", "recipientId": "partner-1", "status": "%s", "attempts": 8, "lastFailure": "TIMEOUT",
                 "createdAt": "2026-11-28T09:00:00Z"}""";
        SERVICES.answer("GET", "/api/v1/deliveries", "{\"items\": [" + delivery.formatted("DEAD") + "]}")
                .answer("POST", "/api/v1/deliveries/d-1/retry", delivery.formatted("PENDING"));

        assertThat(page(get("/admin/deliveries").param("status", "DEAD").with(admin()), 200)).contains("TIMEOUT").contains("Tentar de novo");
        assertThat(SERVICES.last("GET", "/api/v1/deliveries").query()).isEqualTo("size=50&page=0&status=DEAD");
        String retried = page(post("/admin/deliveries/d-1/retry").header("HX-Request", "true").with(admin()).with(csrf()), 200);
        assertThat(retried.strip()).startsWith("<tr").contains("Por enviar").doesNotContain("Tentar de novo");

        SERVICES.answer("GET", "/api/v1/audit", """
                {"items": [{"at": "2026-11-28T09:00:00Z", "actorId": "eva", "actorPartnerId": "partner-1", "action": "READ",
                            "what": "referral.reason", "subjectId": "b-1", "why": "referral ENC-2026-000007"}]}""");
        String audit = page(get("/admin/audit").param("service", "referral").param("subjectId", "b-1").param("from", "2026-11-01")
                .param("to", "2026-11-30").with(admin()), 200);
        assertThat(audit).contains("referral.reason").contains("eva (partner-1)");
        assertThat(SERVICES.last("GET", "/api/v1/audit").query())
                .isEqualTo("size=50&page=0&subjectId=b-1&from=2026-11-01T00:00:00Z&to=2026-12-01T00:00:00Z");
    }

    // --- everyone ----------------------------------------------------------------------------------------------

    @Test
    void aServiceThatIsDownGivesAClearPageAndNoStackTrace() throws Exception {
        SERVICES.answer("GET", "/api/v1/notifications", ServicesStub.HANG_UP, "");

        String page = page(get("/inbox").with(partner()), 503);

        assertThat(page).contains("O serviço não está disponível").doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void everyoneStartsWhereTheirWorkIs() throws Exception {
        assertThat(mvc.perform(get("/").with(partner())).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/referrals");
        assertThat(mvc.perform(get("/").with(technician())).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/cases");
        assertThat(mvc.perform(get("/").with(manager())).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/dashboard");
    }

    // -----------------------------------------------------------------------------------------------------------

    private void aCase() {
        SERVICES.answer("GET", "/api/v1/cases/c-1", """
                {"id": "c-1", "caseNumber": "LIS-2026-000001", "beneficiaryId": "b-1", "status": "OPEN", "areas": ["HOUSING"],
                 "referrals": [{"referralId": "r-1", "referenceNumber": "ENC-2026-000007", "partnerId": "partner-1", "area": "HOUSING",
                                "status": "PENDING", "overdue": true, "updatedAt": "2026-11-03T10:00:00Z"}]}""")
                .answer("GET", "/api/v1/beneficiaries/b-1", """
                {"id": "b-1", "fullName": "Maria Silva", "nationality": "BR", "consent": {"dataProcessing": true, "shareWithPartners": true}}""")
                .answer("GET", "/api/v1/cases/c-1/attendances", """
                {"items": [{"occurredAt": "2026-11-01T10:00:00Z", "channel": "PHONE", "areas": ["HOUSING"], "durationMinutes": 30,
                            "summary": "Renda em atraso"}]}""")
                .answer("GET", "/api/v1/mentoring-sessions", """
                [{"kind": "GROUP", "area": "LANGUAGE", "occurredAt": "2026-11-02T10:00:00Z", "durationMinutes": 60, "topic": "Conversação"}]""")
                .answer("GET", "/api/v1/partners", "[{\"id\": \"partner-1\", \"name\": \"IEFP Lisboa\"}]")
                .answer("GET", "/api/v1/cases?status=OPEN&size=100", """
                {"items": [{"id": "c-1", "caseNumber": "LIS-2026-000001"}, {"id": "c-2", "caseNumber": "LIS-2026-000002"}]}""");
    }

    @Test
    void aTechnicianListsTheOfficesOverdueReferralsAndAnswersOnlyForAnOrganisationOutsidePonte() throws Exception {
        String offPlatform = referral("PENDING").replace("\"r-1\"", "\"r-2\"").replace("ENC-2026-000007", "ENC-2026-000008")
                .replace("\"partnerId\": \"partner-1\"", "\"partnerId\": \"off-platform:x\", \"externalOrganisation\": \"Junta de Arroios\"");
        SERVICES.answer("GET", "/api/v1/referrals", "{\"items\": [" + referral("PENDING") + ", " + offPlatform + "], \"page\": 0, \"totalPages\": 2, \"totalItems\": 27}");

        String page = page(get("/referrals").param("overdue", "true").with(technician()), 200);

        assertThat(SERVICES.last("GET", "/api/v1/referrals").query()).isEqualTo("size=25&page=0&overdue=true");
        assertThat(page).contains("Aguardam resposta").contains("partner-1").contains("Junta de Arroios")
                .contains("href=\"/referrals?overdue=true&amp;page=1\"")
                .as("a partner in Ponte answers for itself; the office answers for an organisation outside").contains("/referrals/r-2/accept")
                .doesNotContain("/referrals/r-1/accept");
    }

    private static String referral(String status) {
        return """
                {"id": "r-1", "referenceNumber": "ENC-2026-000007", "caseId": "c-1", "beneficiaryId": "b-1", "partnerId": "partner-1",
                 "area": "HEALTH", "priority": "URGENT", "status": "%s", "respondBy": "2026-12-05T10:00:00Z", "overdue": false,
                 "reason": "Consulta de saúde", "history": [{"status": "PENDING", "at": "2026-11-28T09:00:00Z"}]}""".formatted(status);
    }

    // --- legal status and deadlines ---------------------------------------------------------------------------------

    @Test
    void theOfficesDeadlinesAreListedSoonestFirstAndCountedInTheNavigation() throws Exception {
        SERVICES.answer("GET", "/api/v1/deadlines", """
                {"items": [{"kind": "STATUS_EXPIRY", "id": "e-1", "beneficiaryId": "b-1", "fullName": "Maria Silva", "caseId": "c-1",
                            "caseNumber": "LIS-2026-000001", "category": "RESIDENCE_PERMIT", "agency": null, "dueOn": "2026-12-12",
                            "at": null, "daysLeft": 10},
                           {"kind": "APPOINTMENT", "id": "a-1", "beneficiaryId": "b-2", "fullName": "Olena K", "caseId": "c-2",
                            "caseNumber": "LIS-2026-000002", "category": null, "agency": "AIMA", "dueOn": "2026-12-13",
                            "at": "2026-12-13T10:30:00Z", "daysLeft": 11}], "totalItems": 2}""");

        String page = page(get("/deadlines").with(technician()), 200);

        assertThat(page).contains("Termina: Autorização de residência").contains("Marcação: AIMA").contains("Maria Silva")
                .contains("LIS-2026-000001").contains("12/12/2026").contains("Prazos (2 esta semana)");
        assertThat(SERVICES.last("GET", "/api/v1/deadlines").query()).isEqualTo("size=25&page=0&withinDays=30");
    }

    @Test
    void theCasePageShowsTheLegalStatusTimelineAndRecordsAnEntryAndAnAppointment() throws Exception {
        aCase();
        SERVICES.answer("GET", "/api/v1/beneficiaries/b-1/legal-status", """
                {"beneficiaryId": "b-1", "current": {"id": "e-2", "category": "RESIDENCE_PERMIT", "validFrom": "2025-01-01", "validUntil": "2027-01-01"},
                 "history": [{"id": "e-2", "category": "RESIDENCE_PERMIT", "validFrom": "2025-01-01", "validUntil": "2027-01-01"},
                             {"id": "e-1", "category": "MANIFESTATION_OF_INTEREST", "validFrom": "2023-05-01", "validUntil": null}]}""");
        SERVICES.answer("GET", "/api/v1/beneficiaries/b-1/appointments", """
                [{"id": "a-1", "agency": "AIMA", "at": "2026-12-13T10:30:00Z", "purpose": "Biometria", "outcome": null}]""");

        assertThat(page(get("/cases/c-1").with(technician()), 200)).contains("Autorização de residência").contains("(em vigor)")
                .contains("Manifestação de interesse").contains("Biometria").contains("/cases/c-1/appointments/a-1/outcome");

        SERVICES.answer("POST", "/api/v1/beneficiaries/b-1/legal-status", 201, "{}").answer("POST", "/api/v1/beneficiaries/b-1/appointments", 201, "{}");
        mvc.perform(post("/cases/c-1/legal-status").param("beneficiaryId", "b-1").param("category", "VISA").param("validFrom", "2026-11-01")
                .param("validUntil", "2027-02-01").with(technician()).with(csrf()));
        assertThat(SERVICES.last("POST", "/api/v1/beneficiaries/b-1/legal-status").body()).contains("\"category\":\"VISA\"")
                .contains("\"validUntil\":\"2027-02-01\"");
        mvc.perform(post("/cases/c-1/appointments").param("beneficiaryId", "b-1").param("agency", "TAX_OFFICE")
                .param("appointmentAt", "2026-12-20T09:15").with(technician()).with(csrf()));
        assertThat(SERVICES.last("POST", "/api/v1/beneficiaries/b-1/appointments").body()).contains("\"agency\":\"TAX_OFFICE\"")
                .contains("\"at\":\"2026-12-20T09:15:00Z\"");
    }

    // --- the programme ------------------------------------------------------------------------------------------

    static final String HELD_ACTIVITY = """
            {"id": "a-1", "officeId": "lisboa", "type": "AWARENESS_ACTION", "title": "Dia dos migrantes", "areas": ["HOUSING"],
             "languages": ["pt"], "place": "Escola", "startsAt": "2026-11-10T10:00:00Z", "endsAt": "2026-11-10T12:00:00Z",
             "durationMinutes": 120, "sessions": [{"startsAt": "2026-11-10T10:00:00Z", "durationMinutes": 120}], "partnerIds": [],
             "status": "HELD", "heldAt": "2026-11-10T10:00:00Z", "heldMinutes": 120, "revision": 1,
             "participants": {"beneficiaryIds": ["b-1"], "registered": 1, "staffIds": ["ana.lisboa"], "partnerIds": [],
                              "anonymousParticipants": {"COMMUNITY": 30}, "total": 32}}""";

    @Test
    void theActivitiesOfTheMonthAreListedAndAHeldOneShowsWhoTookPartByName() throws Exception {
        SERVICES.answer("GET", "/api/v1/activities", "{\"items\": [" + HELD_ACTIVITY + "]}");

        assertThat(page(get("/activities").param("month", "2026-11").param("type", "AWARENESS_ACTION").with(manager()), 200))
                .contains("Dia dos migrantes").contains("Ação de sensibilização").contains("Realizada").contains("32")
                .doesNotContain("new-activity");
        assertThat(SERVICES.last("GET", "/api/v1/activities").query())
                .isEqualTo("size=25&page=0&from=2026-11-01T00:00:00Z&to=2026-12-01T00:00:00Z&type=AWARENESS_ACTION");

        SERVICES.answer("GET", "/api/v1/activities/a-1", HELD_ACTIVITY).answer("GET", "/api/v1/partners", "[]")
                .answer("GET", "/api/v1/beneficiaries/b-1", "{\"id\": \"b-1\", \"fullName\": \"Maria Silva\"}");
        assertThat(page(get("/activities/a-1").with(technician()), 200)).contains("32 no total, 1 registados no Ponte")
                .containsPattern("name=\"beneficiaryIds\" value=\"b-1\" checked").contains("Maria Silva").contains("Corrigir os participantes");
    }

    @Test
    void schedulingShowsTheRefusedFieldsAndAProgrammeOfSeveralDaysGoesAsItsSessions() throws Exception {
        SERVICES.answer("POST", "/api/v1/activities", 400, """
                {"type": "urn:ponte:problem:invalid-request", "status": 400, "detail": "Some fields are not valid.",
                 "errors": [{"field": "areas", "message": "must not be empty"}]}""");
        assertThat(page(post("/activities").param("type", "TRAINING_PROGRAMME").param("title", "Português para o trabalho")
                .param("startsAt", "2026-11-10T09:30").param("durationMinutes", "180").param("sessions", "3")
                .with(technician()).with(csrf()), 200)).containsPattern("id=\"areas-error\"[^>]*>must not be empty<")
                .contains("value=\"Português para o trabalho\"");
        assertThat(SERVICES.last("POST", "/api/v1/activities").body()).contains("\"officeId\":\"lisboa\"")
                .contains("\"startsAt\":\"2026-11-10T09:30:00Z\"").contains("\"startsAt\":\"2026-11-12T09:30:00Z\"")
                .doesNotContain("\"startsAt\":\"2026-11-13").doesNotContain("\"durationMinutes\":null");
    }

    @Test
    void theLibraryListsWhatIsPublishedAndPassesTheFileOn() throws Exception {
        SERVICES.answer("GET", "/api/v1/resources", """
                {"items": [{"id": "r-1", "officeId": "lisboa", "type": "GUIDE", "areas": ["HOUSING"], "audience": "MIGRANTS",
                            "titles": {"pt": "Guia do arrendamento", "en": "Renting a home"}, "summaries": {"pt": "a", "en": "b"},
                            "files": ["pt"], "fileSizes": {"pt": 2048}, "status": "PUBLISHED"}]}""");

        assertThat(page(get("/library").param("lang", "en").param("language", "pt").with(partner()), 200)).contains("Renting a home").contains("Guide")
                .contains("/library/r-1/files/pt").doesNotContain("new-resource");
        assertThat(SERVICES.last("GET", "/api/v1/resources").query()).isEqualTo("size=100&lang=pt");
        assertThat(page(get("/library").with(partner()), 200)).contains("Guia do arrendamento").contains("Publicado");

        SERVICES.answer("POST", "/api/v1/resources", 422, """
                {"type": "urn:ponte:problem:title-missing", "status": 422, "detail": "Give the title in Portuguese and in English (en is missing).",
                 "errors": [{"field": "titles", "message": "Give the title in Portuguese and in English (en is missing)."}]}""");
        assertThat(page(post("/library").param("type", "GUIDE").param("audience", "MIGRANTS").param("title.pt", "Guia")
                .param("summary.pt", "Resumo").with(technician()).with(csrf()), 200)).containsPattern("id=\"titles-error\"[^>]*>Give the title");
        assertThat(SERVICES.last("POST", "/api/v1/resources").body()).contains("\"titles\":{\"pt\":\"Guia\"}").contains("\"officeId\":\"lisboa\"");
    }

    @Test
    void anUploadedPdfGoesToProgrammeServiceAsTheBodyOfItsLanguage() throws Exception {
        SERVICES.answer("PUT", "/api/v1/resources/r-1/files/en", "{\"id\": \"r-1\"}");

        MvcResult uploaded = mvc.perform(multipart("/library/r-1/files").file(new MockMultipartFile("file", "guide.pdf", "application/pdf",
                "%PDF-1.4 guide".getBytes(StandardCharsets.US_ASCII))).param("language", "en").with(technician()).with(csrf())).andReturn();

        assertThat(uploaded.getResponse().getRedirectedUrl()).isEqualTo("/library/r-1");
        assertThat(SERVICES.last("PUT", "/api/v1/resources/r-1/files/en").body()).isEqualTo("%PDF-1.4 guide");
        assertThat(SERVICES.last("PUT", "/api/v1/resources/r-1/files/en").authorization()).isEqualTo("Bearer token-of-ana.lisboa");
    }

    private String page(MockHttpServletRequestBuilder request, int status) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(result.getResponse().getStatus()).as(body).isEqualTo(status);
        return body;
    }

    private static RequestPostProcessor technician() {
        return signedIn("ana.lisboa", "TECHNICIAN", "lisboa", null);
    }

    private static RequestPostProcessor partner() {
        return signedIn("eva.partner1", "PARTNER", null, "partner-1");
    }

    private static RequestPostProcessor manager() {
        return signedIn("gloria.manager", "MANAGER", "lisboa", null);
    }

    private static RequestPostProcessor admin() {
        return signedIn("admin", "ADMIN", null, null);
    }

    /** A coordinator of the whole network ({@code region} null) or of one region. */
    private static RequestPostProcessor coordinator(String region) {
        return oidcLogin().idToken(token -> {
            token.subject("helena.coordinator").claim("name", "Helena").claim("roles", List.of("COORDINATOR"));
            if (region != null) {
                token.claim("region", region);
            }
        }).authorities(new SimpleGrantedAuthority("ROLE_COORDINATOR"));
    }

    private static RequestPostProcessor signedIn(String subject, String role, String officeId, String partnerId) {
        return oidcLogin().idToken(token -> {
            token.subject(subject).claim("name", "Display name of " + subject).claim("roles", List.of(role));
            if (officeId != null) {
                token.claim("officeId", officeId);
            }
            if (partnerId != null) {
                token.claim("partnerId", partnerId);
            }
        }).authorities(new SimpleGrantedAuthority("ROLE_" + role));
    }

    /** The Idempotency-Key of the page's (first) posting form, which changes with every page. */
    private static String formKeyIn(String page) {
        Matcher key = FORM_KEY.matcher(page);
        assertThat(key.find()).as("a form key in the page").isTrue();
        return key.group(1);
    }
}
