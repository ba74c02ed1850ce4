package org.ponte.programme;

import org.junit.jupiter.api.Test;
import org.ponte.events.Topics;
import org.ponte.events.programme.ResourcePublished;
import org.ponte.events.programme.ResourceWithdrawn;
import org.ponte.events.vocabulary.ResourceAudience;
import org.ponte.events.vocabulary.ResourceType;
import org.ponte.testsupport.EventProbe;
import org.ponte.testsupport.HttpApi;
import org.ponte.testsupport.TestInfrastructure;
import org.ponte.testsupport.TestTokens;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ponte.programme.ActivityFlowTest.assertProblem;
import static org.ponte.programme.ProgrammeWorld.PDF;
import static org.ponte.programme.ProgrammeWorld.TECHNICIAN;

class LibraryFlowTest extends ProgrammeServiceTest {

    private static final String PARTNER = TestTokens.partner("partner-1");

    @Test
    void aPublishedGuideIsReadAndDownloadedByEveryoneSignedInAndAWithdrawnOneByNoOneOutsideTheOffice() {
        String guide = world.guide();
        assertThat(world.uploadPdf(guide, "pt").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/resources/" + guide, PARTNER).status()).as("a draft is the office's").isEqualTo(404);

        HttpApi.Response published = api.post("/api/v1/resources/" + guide + "/publish", TECHNICIAN, "{}");

        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(published.json().get("files").values()).extracting(file -> file.asString()).containsExactly("pt");
        HttpApi.Response download = api.get("/api/v1/resources/" + guide + "/files/pt", PARTNER);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).isEqualTo("application/pdf");
        assertThat(download.body()).isEqualTo(PDF);
        assertThat(download.header("Content-Disposition")).get().asString().startsWith("attachment").contains(".pdf");
        assertThat(api.get("/api/v1/resources?type=GUIDE&lang=pt&area=LEGAL_STATUS&size=100", TestTokens.manager("porto")).json()
                .get("items").values()).extracting(item -> item.get("id").asString()).contains(guide);
        assertThat(api.get("/api/v1/resources?lang=en&size=100", PARTNER).json().get("items").values())
                .extracting(item -> item.get("id").asString()).as("no English file yet").doesNotContain(guide);
        try (EventProbe probe = new EventProbe(TestInfrastructure.embedded(), Topics.PROGRAMME_EVENTS)) {
            ResourcePublished event = probe.await(ResourcePublished.class, e -> e.resourceId().equals(guide)).data();
            assertThat(event.type()).isEqualTo(ResourceType.GUIDE);
            assertThat(event.audience()).isEqualTo(ResourceAudience.MIGRANTS);
            assertThat(event.languages()).containsExactly("pt");
        }

        assertThat(api.post("/api/v1/resources/" + guide + "/withdraw", TestTokens.technician("porto"), "{}").status())
                .as("another office's technician").isEqualTo(403);
        assertThat(api.post("/api/v1/resources/" + guide + "/withdraw", TECHNICIAN, "{}").status()).isEqualTo(200);

        assertThat(api.get("/api/v1/resources/" + guide + "/files/pt", PARTNER).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/resources/" + guide, TestTokens.manager("lisboa")).json().get("status").asString()).isEqualTo("WITHDRAWN");
        try (EventProbe probe = new EventProbe(TestInfrastructure.embedded(), Topics.PROGRAMME_EVENTS)) {
            probe.await(ResourceWithdrawn.class, e -> e.resourceId().equals(guide));
        }
    }

    @Test
    void aFileReplacesTheOneBeforeInItsLanguage() {
        String guide = world.guide();
        world.uploadPdf(guide, "en");
        String second = PDF.replace("1.4", "1.7");

        HttpApi.Response replaced = world.upload(guide, "en", TECHNICIAN, "application/pdf", second.getBytes(StandardCharsets.US_ASCII));

        assertThat(replaced.json().get("fileSizes").get("en").asLong()).isEqualTo(second.length());
        assertThat(api.get("/api/v1/resources/" + guide + "/files/en", TECHNICIAN).body()).isEqualTo(second);
    }

    @Test
    void badFilesAndIncompleteResourcesGetAClearErrorAndChangeNothing() {
        String guide = world.guide();

        assertProblem(world.upload(guide, "pt", TECHNICIAN, "text/plain", PDF.getBytes(StandardCharsets.US_ASCII)), 415, "not-a-pdf", null);
        assertProblem(world.upload(guide, "pt", TECHNICIAN, null, PDF.getBytes(StandardCharsets.US_ASCII)), 415, "not-a-pdf", null);
        assertProblem(world.upload(guide, "pt", TECHNICIAN, "application/pdf", "<html>not a pdf</html>".getBytes(StandardCharsets.US_ASCII)),
                415, "not-a-pdf", null);
        assertProblem(world.upload(guide, "pt", TECHNICIAN, "application/pdf", new byte[0]), 400, "empty-file", null);
        byte[] tooLarge = Arrays.copyOf(PDF.getBytes(StandardCharsets.US_ASCII), 64 * 1024 + 1);
        assertProblem(world.upload(guide, "pt", TECHNICIAN, "application/pdf", tooLarge), 413, "file-too-large", null);
        assertProblem(world.upload(guide, "fr", TECHNICIAN, "application/pdf", PDF.getBytes(StandardCharsets.US_ASCII)),
                422, "language-without-title", "lang");
        assertThat(world.upload(guide, "pt", TestTokens.technician("porto"), "text/plain", new byte[0]).status())
                .as("who may upload is checked before the file").isEqualTo(404);
        assertProblem(api.post("/api/v1/resources/" + guide + "/publish", TECHNICIAN, "{}"), 422, "file-missing", "files");
        assertThat(api.get("/api/v1/resources/" + guide, TECHNICIAN).json().get("files").values()).isEmpty();

        assertProblem(api.post("/api/v1/resources", TECHNICIAN, """
                {"officeId": "lisboa", "type": "PUBLICATION", "audience": "COMMUNITY",
                 "titles": {"pt": "Boletim de outubro"}, "summaries": {"pt": "Notícias do gabinete."}}"""), 422, "title-missing", "titles");
        assertProblem(api.post("/api/v1/resources", TECHNICIAN, """
                {"officeId": "lisboa", "type": "PUBLICATION", "audience": "COMMUNITY",
                 "titles": {"pt": "Boletim", "EN": "Newsletter"}, "summaries": {"pt": "a", "EN": "b"}}"""), 400, null, null);
        assertThat(api.post("/api/v1/resources", TestTokens.manager("lisboa"), "{}").status()).as("a manager only reads").isEqualTo(403);
    }
}
