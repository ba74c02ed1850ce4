package org.ponte.localstack;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A technician works in the front end in a real browser (Debian's Chromium, headless): signs in at the
 * authorization server, registers a person (the service's error shown next to the field), opens the case,
 * records an attendance, and switches the pages to English. Screenshots land in target/screenshots.
 */
class FrontendBrowserTest {

    static WebDriver browser;
    static StackConfig config;

    @BeforeAll
    static void openBrowser() {
        config = SharedPlatform.get().config();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--window-size=1200,1600", "--lang=pt-PT");
        ChromeDriverService driver = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort().build();
        browser = new ChromeDriver(driver, options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aTechnicianRegistersAPersonOpensACaseAndRecordsAnAttendance() throws Exception {
        signIn("ana.lisboa");
        try {
            await().atMost(Duration.ofSeconds(20)).until(() -> browser.getCurrentUrl().endsWith("/cases"));
        } catch (RuntimeException notThere) {
            screenshot("sign-in-failed");
            Files.writeString(Path.of("target", "screenshots", "sign-in-failed.html"), browser.getCurrentUrl() + "\n" + browser.getPageSource());
            throw notThere;
        }
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Processos do gabinete");

        browser.findElement(By.linkText("Registar pessoa")).click();
        String name = "Amina Diallo " + UUID.randomUUID().toString().substring(0, 5);
        browser.findElement(By.id("fullName")).sendKeys(name);
        setValue(browser.findElement(By.id("dateOfBirth")), "1992-04-10");
        browser.findElement(By.id("nationality")).sendKeys("gn");
        browser.findElement(By.id("phone")).sendKeys("+351 912 000 111");
        browser.findElement(By.cssSelector("input[name=shareWithPartners]")).click();
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        assertThat(browser.findElement(By.id("nationality-error")).getText()).contains("ISO 3166-1");
        screenshot("register-with-an-error");

        WebElement nationality = browser.findElement(By.id("nationality"));
        nationality.clear();
        nationality.sendKeys("GN");
        setValue(browser.findElement(By.id("dateOfBirth")), "1992-04-10");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        await().atMost(Duration.ofSeconds(20)).until(() -> browser.getCurrentUrl().contains("/cases/"));
        assertThat(browser.findElement(By.id("case-number")).getText()).matches("LIS-\\d{4}-\\d{6}");
        assertThat(browser.findElement(By.id("person-name")).getText()).isEqualTo(name);

        setValue(browser.findElement(By.id("occurredAt")), LocalDateTime.now(ZoneId.of("Europe/Lisbon")).minusHours(1)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")));
        browser.findElement(By.cssSelector("input[name=areas][value=LEGAL_STATUS]")).click();
        browser.findElement(By.id("durationMinutes")).sendKeys("0");
        browser.findElement(By.id("record")).click();
        assertThat(browser.findElement(By.id("durationMinutes-error")).getText()).contains("480");

        setValue(browser.findElement(By.id("occurredAt")), LocalDateTime.now(ZoneId.of("Europe/Lisbon")).minusHours(1)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")));
        browser.findElement(By.cssSelector("input[name=areas][value=LEGAL_STATUS]")).click();
        browser.findElement(By.id("durationMinutes")).sendKeys("45");
        browser.findElement(By.id("summary")).sendKeys("Renovação da autorização de residência");
        browser.findElement(By.id("record")).click();
        await().atMost(Duration.ofSeconds(20)).until(() -> browser.findElements(By.cssSelector("#attendances tr")).size() == 1);
        assertThat(browser.findElement(By.id("attendances")).getText()).contains("45 min").contains("Renovação");
        screenshot("case-with-an-attendance");

        browser.findElement(By.id("language")).click();
        assertThat(browser.getPageSource()).contains("Record an attendance");
        browser.findElement(By.linkText("Cases")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).as("the language is remembered").isEqualTo("The office's cases");
        screenshot("cases-in-english");
    }

    @Test
    void aPartnerAcceptsAReferralAndAManagerSeesThePlanAgainstItsTargets() throws Exception {
        Api api = new Api(config.issuer());
        SharedPlatform.ensurePartnerOne(api);
        String person = api.post(config.url(config.casePort()) + "/api/v1/beneficiaries", "demo-technician-lisboa", Map.of(
                "fullName", "Oksana Kovalenko " + UUID.randomUUID().toString().substring(0, 5), "dateOfBirth", "1985-06-01", "sex", "FEMALE",
                "nationality", "UA", "consent", Map.of("dataProcessing", true, "shareWithPartners", true)), 201).get("id").asString();
        String caseId = api.post(config.url(config.casePort()) + "/api/v1/cases", "demo-technician-lisboa",
                Map.of("beneficiaryId", person, "areas", List.of("EMPLOYMENT_AND_ENTREPRENEURSHIP")), 201).get("id").asString();
        String reference = api.post(config.url(config.referralPort()) + "/api/v1/referrals", "demo-technician-lisboa", Map.of(
                "caseId", caseId, "partnerId", "partner-1", "area", "EMPLOYMENT_AND_ENTREPRENEURSHIP", "priority", "URGENT",
                "reason", "Procura emprego na restauração"), 201).get("referenceNumber").asString();

        signIn("eva.partner1");
        await().atMost(Duration.ofSeconds(20)).until(() -> browser.getCurrentUrl().endsWith("/referrals"));
        referralArticle(reference).findElement(By.xpath(".//button[text()='Aceitar']")).click();
        // The answer reloads the page: wait for the new one, whose elements are not those of the old.
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions()
                .until(() -> referralArticle(reference).getText().contains("ACCEPTED"));
        assertThat(referralArticle(reference).getText()).contains("Concluir");
        screenshot("partner-referrals");

        browser.findElement(By.linkText("Webhooks")).click();
        browser.findElement(By.id("url")).sendKeys("http://127.0.0.1:9/hooks/ponte");
        browser.findElement(By.id("register")).click();
        assertThat(browser.findElement(By.id("secret")).getText()).startsWith("whsec_");
        screenshot("partner-webhook-secret-once");
        browser.findElement(By.linkText("Webhooks")).click();
        assertThat(browser.getPageSource()).contains("http://127.0.0.1:9/hooks/ponte").doesNotContain("whsec_");

        signIn("gloria.manager");
        await().atMost(Duration.ofSeconds(20)).until(() -> browser.getCurrentUrl().endsWith("/dashboard"));
        assertThat(browser.findElement(By.tagName("h2")).getText()).isEqualTo("CLAIM Lisboa 2024–2026");
        assertThat(browser.findElements(By.cssSelector("tr.indicator"))).hasSize(8);
        assertThat(browser.findElement(By.cssSelector("tr.indicator[data-code=ATTENDANCES]")).getText()).contains("3.600");
        screenshot("manager-dashboard");
        browser.findElement(By.linkText("Relatórios")).click();
        assertThat(browser.findElement(By.id("funnel")).getText()).contains("partner-1");
        screenshot("manager-reports");
    }

    private static WebElement referralArticle(String reference) {
        return browser.findElements(By.cssSelector("article.referral")).stream()
                .filter(article -> article.getText().contains(reference)).findFirst().orElseThrow();
    }

    private static void signIn(String username) {
        browser.manage().deleteAllCookies();
        browser.get(config.url(config.frontendPort()) + "/");
        browser.findElement(By.name("username")).sendKeys(username);
        browser.findElement(By.name("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
    }

    private static void setValue(WebElement input, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", input, value);
    }

    private static void screenshot(String name) throws Exception {
        Path folder = Path.of("target", "screenshots");
        Files.createDirectories(folder);
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), folder.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
