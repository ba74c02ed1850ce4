package org.ponte.cases.casework;

import org.junit.jupiter.api.Test;
import org.ponte.platform.security.PlatformSecurityAutoConfiguration;
import org.ponte.platform.web.PlatformWebAutoConfiguration;
import org.ponte.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The case API's web layer alone: the platform's token check, the request shapes and the problem answers. The
 * service behind it is a stand-in, so each refusal here is the web layer's own; the rules and the access by
 * office are the service's, tested against the real store and broker in the integration tests.
 */
@WebMvcTest(CaseController.class)
@ImportAutoConfiguration({SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class, SecurityFilterAutoConfiguration.class,
        PlatformWebAutoConfiguration.class, PlatformSecurityAutoConfiguration.class})
class CaseWebTest {

    @Autowired
    MockMvc http;

    @MockitoBean
    CaseService service;

    @MockitoBean
    CaseReferrals referrals;

    @DynamicPropertySource
    static void tokens(DynamicPropertyRegistry properties) {
        properties.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", TestTokens::issuer);
    }

    @Test
    void noTokenIs401ProblemAndReachesNothing() throws Exception {
        http.perform(get("/api/v1/cases/c-1"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().exists("WWW-Authenticate"));
        verifyNoInteractions(service);
    }

    @Test
    void anAttendanceWithoutAreasOrDurationIs400NamingEachField() throws Exception {
        asTechnician("/api/v1/cases/c-1/attendances", "{\"occurredAt\": \"2026-01-10T10:00:00Z\", \"channel\": \"PHONE\", \"areas\": []}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("areas", "durationMinutes")));
        verifyNoInteractions(service);
    }

    @Test
    void anUnknownChannelIs400NamingTheField() throws Exception {
        asTechnician("/api/v1/cases/c-1/attendances",
                "{\"occurredAt\": \"2026-01-10T10:00:00Z\", \"channel\": \"CARRIER_PIGEON\", \"areas\": [\"HOUSING\"], \"durationMinutes\": 20}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("channel"));
        verifyNoInteractions(service);
    }

    @Test
    void aNameTypedAsTheAssignedTechnicianIsRefusedBeforeItCouldBePublished() throws Exception {
        asTechnician("/api/v1/cases/c-1/assign", "{\"technicianId\": \"Maria Silva +351 912 000 111\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("technicianId"));
        verifyNoInteractions(service);
    }

    @Test
    void aRefusalOfTheServiceIs403ProblemThatSaysWhy() throws Exception {
        given(service.read(any(), eq("c-1"))).willThrow(new AccessDeniedException("the case belongs to office porto"));

        http.perform(get("/api/v1/cases/c-1").header("Authorization", "Bearer " + TestTokens.technician("lisboa")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("porto")));
    }

    /** A JSON POST by a Lisboa technician. */
    private ResultActions asTechnician(String path, String json) throws Exception {
        return http.perform(post(path).header("Authorization", "Bearer " + TestTokens.technician("lisboa"))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }
}
