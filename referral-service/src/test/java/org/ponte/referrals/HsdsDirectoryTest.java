package org.ponte.referrals;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ponte.testsupport.HttpApi;
import org.ponte.testsupport.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The partner directory as standard HSDS tools meet it: every exported organization validates against Open Referral's
 * own HSDS 3 schema (with format assertions, as the specification's CI checks its examples), and the specification's
 * own full example imports.
 */
class HsdsDirectoryTest extends ReferralServiceTest {

    static Schema organizationSchema;

    @BeforeAll
    static void schema() throws IOException {
        try (InputStream gz = new GZIPInputStream(resource("hsds/organization.json.gz"))) {
            organizationSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(gz);
        }
    }

    @Test
    void theSchemaRefusesWhatTheDirectoryUsedToExport() {
        JsonNode before = JsonMapper.builder().build().readTree("{\"id\": \"partner-1\", \"name\": \"x\", \"description\": null}");

        assertThat(violations(before)).hasSize(2).anyMatch(v -> v.contains("/id")).anyMatch(v -> v.contains("/description"));
    }

    @Test
    void everyExportedOrganizationValidatesAgainstTheHsdsSchemaAndKeepsItsPonteId() {
        String partnerId = world.partner();

        JsonNode exported = api.get("/api/v1/partners/export", TestTokens.admin()).json();

        assertThat(exported.get("total_items").asInt()).isEqualTo(exported.get("contents").size()).isPositive();
        for (JsonNode organization : exported.get("contents")) {
            assertThat(violations(organization)).as(organization.get("name").asString()).isEmpty();
        }
        JsonNode organization = organizationNamed(exported, partnerId);
        String organizationId = organization.get("id").asString();
        assertThat(UUID.fromString(organizationId).toString()).isEqualTo(organizationId);
        assertThat(organization.get("services").get(0).get("organization_id").asString()).isEqualTo(organizationId);
        assertThat(organization.get("services").get(0).get("x_ponte_id").asString()).isEqualTo("svc-training");
        assertThat(organization.get("services").get(0).get("service_areas").get(0).get("name").asString()).isEqualTo("Lisboa");
        assertThat(organization.get("description").asString()).isEmpty();
        assertThat(api.get("/api/v1/partners/export", TestTokens.admin()).json().get("contents").toString())
                .as("a second export names everything the same way").contains(organizationId);
    }

    @Test
    void anExportedOrganizationImportsBackOntoTheSamePartner() {
        String partnerId = world.partner();
        JsonNode organization = organizationNamed(api.get("/api/v1/partners/export", TestTokens.admin()).json(), partnerId);
        String renamed = organization.toString().replace("Centro de Emprego", "Centro Renomeado");

        HttpApi.Response imported = api.post("/api/v1/partners/import", TestTokens.admin(), "{\"contents\": [" + renamed + "]}");

        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().get("ids").get(0).asString()).isEqualTo(partnerId);
        JsonNode partner = api.get("/api/v1/partners/" + partnerId, ReferralWorld.TECHNICIAN).json();
        assertThat(partner.get("name").asString()).startsWith("Centro Renomeado");
        assertThat(partner.get("services").get(0).get("id").asString()).isEqualTo("svc-training");
        assertThat(partner.get("municipalities").values()).extracting(JsonNode::asString).containsExactly("Lisboa", "Amadora");
    }

    @Test
    void theSpecificationsOwnFullExampleImports() throws IOException {
        String example;
        try (InputStream in = resource("hsds/organization_full.json")) {
            example = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(violations(JsonMapper.builder().build().readTree(example))).isEmpty();

        HttpApi.Response imported = api.post("/api/v1/partners/import", TestTokens.admin(), "{\"contents\": [" + example + "]}");

        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        JsonNode partner = api.get("/api/v1/partners/d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610", ReferralWorld.TECHNICIAN).json();
        assertThat(partner.get("email").asString()).isEqualTo("email@example.com");
        assertThat(partner.get("services").get(0).get("name").asString()).isEqualTo("Community Counselling");
        assertThat(partner.get("languages").values()).extracting(JsonNode::asString).containsExactly("ur");
    }

    @Test
    void anOrganizationPonteCannotKeepIsRefusedNamingTheFieldAndNothingIsStored() {
        HttpApi.Response refused = api.post("/api/v1/partners/import", TestTokens.admin(), """
                {"contents": [{"id": "%s", "name": "Sem Email", "description": ""},
                              {"id": "%s", "name": "", "description": "", "email": "a@b.pt"}]}"""
                .formatted(UUID.randomUUID(), UUID.randomUUID()));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("contents[0].email");
        assertThat(api.get("/api/v1/partners?includeInactive=true", ReferralWorld.TECHNICIAN).body()).doesNotContain("Sem Email");
        assertThat(api.post("/api/v1/partners/import", TestTokens.admin(), "{}").status()).isEqualTo(400);
    }

    private static JsonNode organizationNamed(JsonNode page, String partnerId) {
        return page.get("contents").values().stream()
                .filter(o -> o.get("organization_identifiers").values().stream()
                        .anyMatch(identifier -> identifier.get("identifier_scheme").asString().equals("ponte")
                                && identifier.get("identifier").asString().equals(partnerId)))
                .findFirst().orElseThrow();
    }

    private static List<String> violations(JsonNode organization) {
        return organizationSchema.validate(organization, context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)))
                .stream().map(Error::toString).toList();
    }

    private static InputStream resource(String name) {
        InputStream in = HsdsDirectoryTest.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new UncheckedIOException(new IOException(name + " is not on the test classpath"));
        }
        return in;
    }
}
