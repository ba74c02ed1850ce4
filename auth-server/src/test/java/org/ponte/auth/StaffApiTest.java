package org.ponte.auth;

import org.junit.jupiter.api.Test;
import org.ponte.testsupport.HttpApi;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The offices' staff, read with the server's own tokens: each office by its own people, every office by an administrator. */
class StaffApiTest extends ServerApiTest {

    @Test
    void aTechnicianReadsTheStaffOfTheirOwnOfficeByNameWithTheIdsCasesUse() {
        HttpApi.Response staff = api.get("/api/v1/staff", tokenOf("demo-technician-lisboa"));

        assertThat(staff.status()).isEqualTo(200);
        assertThat(staff.json().values()).extracting(member -> member.get("id").asString() + " " + member.get("name").asString())
                .containsExactly("ana.lisboa Ana Sousa", "bruno.lisboa Bruno Costa", "gloria.manager Glória Pires");
        assertThat(staff.json().get(0).get("roles").values()).extracting(JsonNode::asString).containsExactly("TECHNICIAN");
        assertThat(staff.body()).doesNotContain("password").doesNotContain("demo-technician");
    }

    @Test
    void anotherOfficeAPartnerOrNoOneAreRefusedAndAnAdministratorReadsAnyOffice() {
        assertThat(api.get("/api/v1/staff?officeId=lisboa", tokenOf("demo-technician-porto")).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/staff?officeId=lisboa", tokenOf("demo-partner-1")).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/staff?officeId=lisboa", tokenOf("demo-coordinator")).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/staff?officeId=lisboa", null).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/staff", tokenOf("demo-admin")).status()).as("an administrator names the office").isEqualTo(400);

        HttpApi.Response porto = api.get("/api/v1/staff?officeId=porto", tokenOf("demo-admin"));
        assertThat(porto.json().findValuesAsString("id")).containsExactly("carla.porto", "duarte.porto");
    }
}
