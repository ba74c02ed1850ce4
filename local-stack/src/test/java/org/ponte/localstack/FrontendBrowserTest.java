package org.ponte.localstack;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.events.EventFiringDecorator;
import org.openqa.selenium.support.events.WebDriverListener;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The front end in a real browser (Debian's Chromium, headless), signing in at the authorization server as each
 * role in turn. Every page a test works on is checked with axe-core (WCAG 2.1 A and AA) as the test comes to it,
 * and a serious or critical violation fails the test. With PONTE_SCREENSHOTS=1, screenshots land in
 * target/screenshots (case-frontend's README shows them).
 */
class FrontendBrowserTest {

    static WebDriver browser;
    static WebDriver chromium;
    static StackConfig config;
    /** The pages the current person's browser checked with axe-core, by address. */
    static final Set<String> pagesChecked = new java.util.HashSet<>();
    static final List<String> inaccessible = new ArrayList<>();
    /** What the browser refused to load or run because of a page's Content-Security-Policy. */
    static final List<String> refusedByPolicy = new ArrayList<>();
    /** How many pages axe-core checked in the current test: a test that checked none would pass whatever the pages were. */
    static int pagesCheckedInTest;
    static boolean signedInDuringTest;

    @BeforeAll
    static void platform() {
        config = SharedPlatform.get().config();
    }

    /** A browser of its own for each person: no cookie or session of the one before can leak into the next sign-in. */
    private static void openBrowser() {
        closeBrowser();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--window-size=1200,1600", "--lang=pt-PT");
        // The browser's console, where a Content-Security-Policy refusal shows.
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService driver = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort().build();
        chromium = new ChromeDriver(driver, options);
        browser = new EventFiringDecorator<>(new CheckEachPage()).decorate(chromium);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    }

    /** Public, for the decorator calls it by reflection (and only logs a listener it cannot call). */
    public static final class CheckEachPage implements WebDriverListener {

        @Override
        public void beforeFindElement(WebDriver decorated, By locator) {
            checkThisPage();
        }

        @Override
        public void beforeFindElements(WebDriver decorated, By locator) {
            checkThisPage();
        }
    }

    @AfterAll
    static void closeBrowser() {
        if (chromium != null) {
            chromium.quit();
            chromium = null;
            browser = null;
        }
        pagesChecked.clear();
    }

    @AfterEach
    void everyPageWasAccessible() {
        List<String> found = List.copyOf(inaccessible);
        int checked = pagesCheckedInTest;
        boolean signedIn = signedInDuringTest;
        inaccessible.clear();
        pagesCheckedInTest = 0;
        signedInDuringTest = false;
        if (signedIn) {
            assertThat(checked).as("pages checked with axe-core (the sign-in page and the pages after it)").isGreaterThanOrEqualTo(2);
        }
        assertThat(found).as("serious or critical accessibility violations (axe-core, WCAG 2.1 A and AA)").isEmpty();
        List<String> refused = List.copyOf(refusedByPolicy);
        refusedByPolicy.clear();
        assertThat(refused).as("scripts, styles or forms the pages' Content-Security-Policy refused").isEmpty();
    }

    /**
     * Runs axe-core on the page the test is about to work on, once per address and person, as it stands (a form
     * shown again with its errors included); a page still loading is checked at the next look. Serious and critical
     * violations are kept for the test's end.
     */
    private static void checkThisPage() {
        String page = chromium.getCurrentUrl();
        if (pagesChecked.contains(page) || page.startsWith("data:") || page.equals("about:blank")
                || !"complete".equals(((JavascriptExecutor) chromium).executeScript("return document.readyState"))) {
            return;
        }
        Results results;
        try {
            results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(chromium);
        } catch (RuntimeException leftMeanwhile) {
            return; // the page went on to the next one while axe ran: that one is checked when the test looks at it
        }
        pagesChecked.add(page);
        pagesCheckedInTest++;
        chromium.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy")).forEach(message -> refusedByPolicy.add(page + ": " + message));
        for (Rule violation : results.getViolations()) {
            if ("serious".equals(violation.getImpact()) || "critical".equals(violation.getImpact())) {
                inaccessible.add(page + ": " + violation.getId() + " (" + violation.getImpact() + ") " + violation.getHelp() + " at "
                        + violation.getNodes().stream().map(node -> String.valueOf(node.getTarget())).limit(3).toList());
            }
        }
    }

    /** The check itself: on a page with an image without text and no language, axe-core finds both. */
    @Test
    void axeCoreFindsWhatAnInaccessiblePageLacks() {
        openBrowser();
        chromium.get("data:text/html,<html><body><img src='x.png'><p>Olá</p></body></html>");

        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(chromium);

        assertThat(results.getViolations()).extracting(Rule::getId, Rule::getImpact)
                .contains(org.assertj.core.groups.Tuple.tuple("image-alt", "critical"), org.assertj.core.groups.Tuple.tuple("html-has-lang", "serious"));
    }

    /**
     * The story, in order: a technician registers a person, opens the case, records an attendance and
     * a mentoring session and refers through the pages; the partner accepts (htmx swaps the referral in place)
     * and sees the shared contact, but another partner's referral is "not found"; the manager sees the
     * attendance counted on the dashboard; the administrator finds the partner in the directory, the referral's
     * e-mail among the deliveries and the partner's read of the reason in the audit log.
     */
    @Test
    void aTechnicianRefersThePartnerAcceptsAndTheManagerSeesTheAttendanceCounted() throws Exception {
        Api api = new Api(config.issuer());
        SharedPlatform.ensurePartnerOne(api);
        SharedPlatform.ensureOffices(api);
        long attendancesBefore = attendancesCounted(api);

        signIn("ana.lisboa", "Ana Sousa");
        await().atMost(Duration.ofSeconds(20)).until(() -> browser.getCurrentUrl().endsWith("/cases"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Processos do gabinete");
        screenshotInBothLanguages("technician-cases");

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
        // The form is first sent by a request whose answer the browser never shows (as when the connection drops),
        // then submitted again as the technician would: the same form key records one attendance.
        Object firstSend = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const form = document.getElementById('record').form;
                fetch(form.action, {method: 'POST', body: new URLSearchParams(new FormData(form))})
                    .then(answer => done(answer.url + ' ' + answer.status), failure => done(String(failure)));""");
        assertThat(firstSend).as("the first send was recorded").asString().endsWith(" 200").doesNotContain("/attendances");
        browser.findElement(By.id("record")).click();
        await().atMost(Duration.ofSeconds(20)).until(() -> browser.findElements(By.cssSelector("#timeline li.timeline-attendance")).size() >= 1);
        assertThat(browser.findElements(By.cssSelector("#timeline li.timeline-attendance"))).as("one attendance for two sends").hasSize(1);
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("45 min").contains("Renovação");
        String caseUrl = browser.getCurrentUrl();

        setValue(browser.findElement(By.id("mentoringAt")), LocalDateTime.now(ZoneId.of("Europe/Lisbon")).minusMinutes(30)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")));
        browser.findElement(By.id("mentoringDuration")).sendKeys("60");
        browser.findElement(By.id("topic")).sendKeys("Preparar entrevista");
        browser.findElement(By.cssSelector("#mentoring button[type=submit]")).click();
        await().atMost(Duration.ofSeconds(20)).until(() -> browser.findElements(By.cssSelector("#timeline li.timeline-mentoring")).size() == 1);

        browser.findElement(By.cssSelector("#referralArea option[value=HOUSING]")).click();
        // htmx replaces the partner options with those working in the area chosen.
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.findElements(By.cssSelector("#partnerId option[value=partner-1]")).isEmpty());
        browser.findElement(By.cssSelector("#referralArea option[value=EMPLOYMENT_AND_ENTREPRENEURSHIP]")).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> !browser.findElements(By.cssSelector("#partnerId option[value=partner-1]")).isEmpty());
        browser.findElement(By.cssSelector("#partnerId option[value=partner-1]")).click();
        browser.findElement(By.id("reason")).sendKeys("Procura emprego na restauração");
        browser.findElement(By.id("refer-button")).click();
        assertThat(browser.findElements(By.cssSelector(".problem"))).as("the referral was refused: %s", browser.getPageSource()).isEmpty();
        // The case learns of the referral from referral-events: the timeline shows it once that arrives.
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            browser.get(caseUrl);
            return !browser.findElements(By.cssSelector("#timeline li.timeline-referral a")).isEmpty();
        });
        String reference = browser.findElement(By.cssSelector("#timeline li.timeline-referral a")).getText();
        assertThat(reference).matches("ENC-\\d{4}-\\d{6}");
        screenshot("case-timeline");

        browser.findElement(By.id("language")).click();
        assertThat(browser.getPageSource()).contains("Record an attendance");
        browser.findElement(By.linkText("Cases")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).as("the language is remembered").isEqualTo("The office's cases");
        browser.findElement(By.id("language")).click();

        String elsewhere = referralToAnotherPartner(api);

        signIn("eva.partner1", "Eva Ramos");
        await().atMost(Duration.ofSeconds(20)).until(() -> browser.getCurrentUrl().endsWith("/referrals"));
        screenshotInBothLanguages("partner-referrals");
        referralArticle(reference).findElement(By.cssSelector("button.accept")).click();
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions()
                .until(() -> referralArticle(reference).findElement(By.cssSelector(".referral-status")).getText().equals("Aceite"));
        assertThat(referralArticle(reference).getText()).contains("Concluir");
        referralArticle(reference).findElement(By.linkText(reference)).click();
        assertThat(browser.findElement(By.id("contact")).getText()).as("the contact the person shares with the partner").contains(name);
        screenshot("partner-referral");

        browser.get(config.url(config.frontendPort()) + "/referrals/" + elsewhere);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Não encontrado");
        assertThat(browser.getPageSource()).doesNotContain("Procura emprego noutro parceiro");

        browser.findElement(By.linkText("Webhooks")).click();
        browser.findElement(By.id("url")).sendKeys("http://127.0.0.1:9/hooks/ponte");
        browser.findElement(By.id("register")).click();
        assertThat(browser.findElement(By.id("secret")).getText()).startsWith("whsec_");
        screenshot("partner-webhook-secret-once");
        browser.findElement(By.linkText("Webhooks")).click();
        assertThat(browser.getPageSource()).contains("http://127.0.0.1:9/hooks/ponte").doesNotContain("whsec_");

        signIn("gloria.manager", "Glória Pires");
        await().atMost(Duration.ofSeconds(20)).until(() -> browser.getCurrentUrl().endsWith("/dashboard"));
        assertThat(browser.findElement(By.tagName("h2")).getText())
                .isEqualTo("CLAIM Lisboa " + config.defaultPlanFirstYear() + "–" + (config.defaultPlanFirstYear() + 2));
        assertThat(browser.findElements(By.cssSelector("tr.indicator"))).hasSize(8);
        assertThat(digits(browser.findElement(By.cssSelector("tr.indicator[data-code=ATTENDANCES]")).getText())).contains("3600");
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            browser.navigate().refresh();
            return Long.parseLong(digits(browser.findElement(By.cssSelector("tr.indicator[data-code=ATTENDANCES] .actual")).getText()))
                    > attendancesBefore;
        });
        assertThat(chartsDrawn()).as("Chart.js draws the office's months and each plan's progress from their tables")
                .contains("chart-areas").anyMatch(chart -> chart.startsWith("chart-progress-"));
        screenshotInBothLanguages("manager-dashboard");
        browser.findElement(By.linkText("Relatórios")).click();
        assertThat(browser.findElement(By.id("funnel")).getText()).contains("partner-1");
        assertThat(chartsDrawn()).contains("chart-areas", "chart-channels", "chart-funnel");
        screenshot("manager-reports");

        signIn("admin", "Administrador");
        await().atMost(Duration.ofSeconds(20)).until(() -> browser.getCurrentUrl().endsWith("/dashboard"));
        assertThat(browser.findElements(By.cssSelector("tr.indicator"))).as("the plans on the administrator's dashboard").isNotEmpty();
        assertThat(browser.findElements(By.id("officeId"))).as("the administrator's choice of office for the chart").hasSize(1);
        assertThat(browser.findElement(By.id("officeId")).getText()).contains("CLAIM Lisboa").contains("CLAIM Porto");
        browser.findElement(By.linkText("Parceiros")).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.getCurrentUrl().endsWith("/admin/partners"));
        assertThat(browser.findElement(By.id("partner-partner-1")).getText()).contains("IEFP");
        screenshot("admin-partners");
        // The directory out as Open Referral HSDS and back in again, through the page.
        Object exported = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(document.getElementById('hsds-export').href)
                    .then(answer => answer.text().then(text => done(answer.status + ' ' + text)), failure => done(String(failure)));""");
        assertThat(exported).asString().startsWith("200 ").contains("\"contents\"").contains("IEFP");
        Path hsds = Files.createTempFile("directory", ".json");
        Files.writeString(hsds, exported.toString().substring(4));
        browser.findElement(By.id("hsds-file")).sendKeys(hsds.toAbsolutePath().toString());
        browser.findElement(By.id("hsds-upload")).click();
        assertThat(browser.findElement(By.id("imported")).getText()).matches("\\d+ organizações importadas\\.");
        browser.findElement(By.cssSelector("#partner-partner-1 a[href*='edit=partner-1']")).click();
        WebElement urgentDays = browser.findElement(By.id("urgentResponseDays"));
        urgentDays.clear();
        urgentDays.sendKeys("1");
        WebElement newService = browser.findElements(By.cssSelector("#services input[name^=service-id-]")).stream()
                .filter(input -> input.getAttribute("value").isEmpty()).findFirst().orElseThrow();
        String row = newService.getAttribute("name").substring("service-id-".length());
        newService.sendKeys("orientacao-e2e");
        browser.findElement(By.id("service-name-" + row)).sendKeys("Orientação profissional");
        browser.findElement(By.cssSelector("#service-areas-" + row + " option[value=EMPLOYMENT_AND_ENTREPRENEURSHIP]")).click();
        browser.findElement(By.id("save-partner")).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.findElement(By.id("partner-partner-1")).getText().contains("urgente 1 ·"));
        assertThat(browser.findElement(By.id("partner-partner-1")).getText()).as("the service added in the form").contains("Orientação profissional");
        browser.get(config.url(config.frontendPort()) + "/admin/deliveries");
        assertThat(browser.findElement(By.id("deliveries")).getText()).as("the e-mail of the referral to partner-1").contains("partner-1");
        browser.get(config.url(config.frontendPort()) + "/admin/audit?service=referral");
        assertThat(browser.findElement(By.id("audit")).getText()).as("the partner's read of the referral's reason").contains("referral.reason");
        screenshot("admin-audit");
        // What Ponte holds on the person, from their case page: the subject-access export, and the record of processing.
        browser.get(caseUrl);
        browser.findElement(By.id("subject-access")).click();
        assertThat(browser.findElement(By.id("holdings-case-service")).getText()).as("the person's record and case, gathered from case-service")
                .contains(name).contains("cases");
        assertThat(browser.findElement(By.id("holdings-referral-service")).getText()).contains("referrals");
        browser.findElement(By.linkText("Dados pessoais")).click();
        assertThat(browser.findElement(By.id("record-case-service")).getText()).contains("beneficiaries").contains("summary");

        // The administrator creates the network plan in the browser: first with its end before its start.
        browser.findElement(By.linkText("Planos")).click();
        browser.findElement(By.id("id")).sendKeys("rede-e2e");
        browser.findElement(By.id("name")).sendKeys("Rede Lisboa–Porto");
        LocalDate firstDay = LocalDate.now().withDayOfYear(1);
        setValue(browser.findElement(By.id("periodStart")), firstDay.toString());
        setValue(browser.findElement(By.id("periodEnd")), firstDay.minusDays(1).toString());
        browser.findElement(By.cssSelector("input[name=officeIds][value=lisboa]")).click();
        browser.findElement(By.cssSelector("input[name=officeIds][value=porto]")).click();
        for (WebElement take : browser.findElements(By.cssSelector("#indicators input[type=checkbox][name^=take-]"))) {
            if (take.isSelected() && !take.getAttribute("name").equals("take-ATTENDANCES")) {
                take.click();
            }
        }
        browser.findElement(By.id("target-ATTENDANCES")).sendKeys("100");
        browser.findElement(By.id("create-plan")).click();
        assertThat(browser.findElement(By.id("periodEnd-error")).getText()).as("the plan's rule, on its field, in Portuguese")
                .isEqualTo("o período não é válido: o fim deve vir depois do início");
        setValue(browser.findElement(By.id("periodEnd")), firstDay.plusYears(1).minusDays(1).toString());
        browser.findElement(By.id("create-plan")).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.getCurrentUrl().endsWith("/admin/plans"));
        assertThat(browser.findElement(By.id("plan-rede-e2e")).getText()).contains("Rede Lisboa–Porto").contains("lisboa, porto")
                .contains("Atendimentos: 100");
        // ...and changes it: a measure of its own, the attendances under it, a higher target.
        browser.findElement(By.id("edit-rede-e2e")).click();
        assertThat(browser.findElement(By.id("target-ATTENDANCES")).getAttribute("value")).as("the form starts from the plan").isEqualTo("100");
        browser.findElement(By.id("measure-code-0")).sendKeys("M1");
        browser.findElement(By.id("measure-name-0")).sendKeys("Acolher e integrar");
        browser.findElement(By.cssSelector("#measure-area-0 option[value=RECEPTION_AND_INTEGRATION]")).click();
        browser.findElement(By.id("measure-ATTENDANCES")).sendKeys("M2");
        WebElement target = browser.findElement(By.id("target-ATTENDANCES"));
        target.clear();
        target.sendKeys("120");
        browser.findElement(By.id("create-plan")).click();
        assertThat(browser.findElement(By.id("indicators-error")).getText()).as("a target under a measure the plan lacks, refused in Portuguese")
                .isNotBlank().doesNotContain("measure");
        WebElement measure = browser.findElement(By.id("measure-ATTENDANCES"));
        measure.clear();
        measure.sendKeys("M1");
        browser.findElement(By.id("create-plan")).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.getCurrentUrl().endsWith("/admin/plans"));
        assertThat(browser.findElement(By.id("plan-rede-e2e")).getText()).contains("M1 · Acolher e integrar").contains("Atendimentos: 120 (M1)");
        screenshotInBothLanguages("admin-plans");

        signIn("helena.coordinator", "Helena Teixeira");
        await().atMost(Duration.ofSeconds(20)).until(() -> browser.getCurrentUrl().endsWith("/network"));
        assertThat(browser.findElement(By.id("network-offices")).getText()).as("a coordinator starts at the network's offices")
                .contains("CLAIM Lisboa").contains("CLAIM Porto").contains("Grande Lisboa").contains("Norte");
        assertThat(chartsDrawn()).contains("network-months");
        screenshotInBothLanguages("coordinator-network");
        browser.get(config.url(config.frontendPort()) + "/network?plan=rede-e2e");
        browser.findElement(By.linkText("Atendimentos")).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.getCurrentUrl().contains("sort=ATTENDANCES"));
        assertThat(browser.findElement(By.cssSelector("#network-offices th[aria-sort=descending]")).getText()).isEqualTo("Atendimentos");
        assertThat(browser.findElement(By.id("network-lisboa")).getText()).as("Lisboa's attendances against half the target").contains("/ 60");
    }

    /**
     * A working day's list: the office's cases a page at a time with each person's name, a case on the second page
     * opened from the list, assigned to a colleague picked from the office's staff, and a person found by name
     * whose result links to their case; the person's record corrected (a refusal shown in Portuguese next to its
     * field) and then erased after a confirmation that says what stays.
     */
    @Test
    void aTechnicianPagesThroughTheOfficesCasesAssignsOneCorrectsAPersonAndErasesThem() throws Exception {
        Api api = new Api(config.issuer());
        SharedPlatform.ensureOffices(api);
        String run = UUID.randomUUID().toString().substring(0, 5);
        for (int i = 0; i < 27; i++) {
            caseOfANewPerson(api, "Pessoa Paginada " + i + " " + run, false, "HOUSING");
        }

        signIn("ana.lisboa", "Ana Sousa");
        await().atMost(Duration.ofSeconds(20)).until(() -> browser.getCurrentUrl().endsWith("/cases"));
        assertThat(browser.findElement(By.cssSelector("main table")).getText()).as("the newest first, by name")
                .contains("Pessoa Paginada 26 " + run);
        assertThat(browser.findElement(By.cssSelector("nav.pager")).getText()).startsWith("Página 1 de");
        browser.findElement(By.cssSelector("nav.pager a[rel=next]")).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.getCurrentUrl().contains("page=1"));
        WebElement row = browser.findElements(By.cssSelector("main table tbody tr")).stream()
                .filter(line -> line.getText().contains("Pessoa Paginada 0 " + run)).findFirst().orElseThrow();
        row.findElement(By.tagName("a")).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.getCurrentUrl().matches(".*/cases/[0-9a-f-]{36}$"));
        assertThat(shownOnceLoaded(By.id("person-name")).getText()).isEqualTo("Pessoa Paginada 0 " + run);
        assertThat(browser.findElement(By.id("assignee")).getText()).as("opened by the API client, assigned to no one of the staff")
                .isNotEqualTo("Bruno Costa");

        browser.findElement(By.cssSelector("#technicianId option[value='bruno.lisboa']")).click();
        browser.findElement(By.id("assign-button")).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.findElement(By.id("assignee")).getText().equals("Bruno Costa"));

        browser.findElement(By.linkText("Processos")).click();
        browser.findElement(By.linkText("Processo")).click();
        List<String> ascending = caseNumbersShown();
        assertThat(ascending).as("sorted by case number, as case-service sorts them").isSorted();
        browser.findElement(By.linkText("Processo")).click();
        assertThat(caseNumbersShown()).as("the same heading again turns the order round").isSortedAccordingTo(Comparator.reverseOrder());
        browser.findElement(By.linkText("Processos")).click();
        browser.findElement(By.id("q")).sendKeys("Paginada 13 " + run);
        browser.findElement(By.cssSelector("form[role=search] button[type=submit]")).click();
        browser.findElement(By.partialLinkText("Pessoa Paginada 13 " + run)).click();
        assertThat(browser.findElements(By.cssSelector("main table tbody tr"))).as("the person's one case").hasSize(1);
        browser.findElement(By.cssSelector("main table tbody tr a")).click();
        assertThat(browser.findElement(By.id("person-name")).getText()).isEqualTo("Pessoa Paginada 13 " + run);

        browser.findElement(By.id("edit-person")).click();
        WebElement fullName = browser.findElement(By.id("fullName"));
        fullName.clear();
        fullName.sendKeys("Pessoa Corrigida 13 " + run);
        WebElement nationality = browser.findElement(By.id("nationality"));
        nationality.clear();
        nationality.sendKeys("cabo verde");
        browser.findElement(By.id("save-person")).click();
        assertThat(browser.findElement(By.id("nationality-error")).getText()).as("refused in Portuguese, next to the field")
                .isEqualTo("deve ser um código de país ISO 3166-1 alfa-2, como BR");
        nationality = browser.findElement(By.id("nationality"));
        nationality.clear();
        nationality.sendKeys("CV");
        browser.findElement(By.id("save-person")).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.getCurrentUrl().matches(".*/cases/[0-9a-f-]{36}$"));
        assertThat(browser.findElement(By.id("person-name")).getText()).isEqualTo("Pessoa Corrigida 13 " + run);

        browser.findElement(By.id("erase-person")).click();
        assertThat(browser.findElement(By.id("erase-what")).getText()).as("the confirmation says what stays").contains("contagens anónimas");
        browser.findElement(By.id("erase-confirm")).click();
        assertThat(browser.findElement(By.id("erased")).getText()).contains("foram apagados");
        browser.findElement(By.id("q")).sendKeys("Corrigida 13 " + run);
        browser.findElement(By.cssSelector("form[role=search] button[type=submit]")).click();
        assertThat(browser.findElements(By.partialLinkText("Pessoa Corrigida 13 " + run))).as("erased: found no more").isEmpty();
    }

    /**
     * A referral to an organisation outside Ponte: the technician names it on the case, and records its answer and
     * the outcome on the referral's page, so that it counts like any other.
     */
    @Test
    void aTechnicianRecordsAnOffPlatformReferralAndItsOutcome() throws Exception {
        Api api = new Api(config.issuer());
        SharedPlatform.ensureOffices(api);
        String caseId = caseOfANewPerson(api, "Nadia Benali " + UUID.randomUUID().toString().substring(0, 5), true, "HOUSING");
        String caseUrl = config.url(config.frontendPort()) + "/cases/" + caseId;

        signIn("ana.lisboa", "Ana Sousa");
        browser.get(caseUrl);
        browser.findElement(By.cssSelector("#referralArea option[value=HOUSING]")).click();
        browser.findElement(By.id("externalOrganisation")).sendKeys("Junta de Freguesia de Arroios");
        browser.findElement(By.id("reason")).sendKeys("Apoio ao arrendamento");
        browser.findElement(By.id("refer-button")).click();
        assertThat(browser.findElements(By.cssSelector(".problem"))).as("the referral was refused: %s", browser.getPageSource()).isEmpty();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            browser.get(caseUrl);
            return !browser.findElements(By.cssSelector("#timeline li.timeline-referral a")).isEmpty();
        });
        browser.findElement(By.cssSelector("#timeline li.timeline-referral a")).click();
        assertThat(browser.findElement(By.cssSelector("main dl")).getText()).contains("Junta de Freguesia de Arroios");

        browser.findElement(By.cssSelector("#off-platform button.accept")).click();
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions()
                .until(() -> browser.findElement(By.cssSelector("#off-platform .referral-status")).getText().equals("Aceite"));
        browser.findElement(By.cssSelector("#off-platform select[name=outcome] option[value=SERVICE_PROVIDED]")).click();
        browser.findElement(By.cssSelector("#off-platform form[action$=complete] button[type=submit]")).click();
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions()
                .until(() -> browser.findElement(By.cssSelector("#off-platform .referral-status")).getText().equals("Concluído"));
    }

    /** Keyboard alone: signing in, and recording an attendance on a case (the form starts at this minute). */
    @Test
    void aTechnicianSignsInAndRecordsAnAttendanceWithTheKeyboardAlone() throws Exception {
        Api api = new Api(config.issuer());
        SharedPlatform.ensureOffices(api);
        String caseId = caseOfANewPerson(api, "Tenzin Dorje " + UUID.randomUUID().toString().substring(0, 5), false, "HEALTH");

        openBrowser();
        signedInDuringTest = true;
        browser.get(config.url(config.frontendPort()) + "/cases/" + caseId);
        tabTo(element -> "username".equals(element.getAttribute("name")));
        new Actions(browser).sendKeys("ana.lisboa").sendKeys(Keys.TAB).sendKeys("demo").sendKeys(Keys.ENTER).perform();
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> browser.findElement(By.id("case-number")).isDisplayed());

        tabTo(element -> "areas".equals(element.getAttribute("name")) && "HEALTH".equals(element.getAttribute("value")));
        new Actions(browser).sendKeys(Keys.SPACE).perform();
        tabTo(element -> "durationMinutes".equals(element.getAttribute("id")));
        new Actions(browser).sendKeys("30").perform();
        tabTo(element -> "record".equals(element.getAttribute("id")));
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        await().atMost(Duration.ofSeconds(20)).until(() -> browser.findElements(By.cssSelector("#timeline li.timeline-attendance")).size() == 1);
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("30 min");
    }

    /** Presses Tab until the focus is on what is looked for: it must be reachable by the keyboard, within 100 presses. */
    private static void tabTo(java.util.function.Predicate<WebElement> wanted) {
        checkThisPage();
        for (int presses = 0; presses < 100; presses++) {
            if (wanted.test(browser.switchTo().activeElement())) {
                return;
            }
            new Actions(browser).sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("not reachable with the Tab key: " + browser.getCurrentUrl());
    }

    /**
     * The office's programme through the pages: a technician schedules an activity (first forgetting its area),
     * records it as held with a head count, writes a guide in Portuguese and English, uploads its PDF and publishes
     * it; a partner finds the guide in the library and downloads it; a manager reads the activities but may not
     * schedule one.
     */
    @Test
    void aTechnicianRunsTheProgrammeAndAPartnerFindsTheGuideInTheLibrary() throws Exception {
        signIn("ana.lisboa", "Ana Sousa");
        browser.findElement(By.linkText("Atividades")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Atividades");
        browser.findElement(By.id("new-activity")).click();
        String title = "Sessão sobre o arrendamento " + UUID.randomUUID().toString().substring(0, 5);
        browser.findElement(By.cssSelector("#type option[value=INFORMATION_SESSION]")).click();
        browser.findElement(By.id("title")).sendKeys(title);
        setValue(browser.findElement(By.id("startsAt")), LocalDateTime.now(ZoneId.of("Europe/Lisbon")).minusDays(1)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")));
        browser.findElement(By.id("durationMinutes")).sendKeys("90");
        browser.findElement(By.id("schedule")).click();
        assertThat(browser.findElement(By.id("areas-error")).isDisplayed()).as("no area chosen").isTrue();

        browser.findElement(By.cssSelector("input[name=areas][value=HOUSING]")).click();
        setValue(browser.findElement(By.id("startsAt")), LocalDateTime.now(ZoneId.of("Europe/Lisbon")).minusDays(1)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")));
        browser.findElement(By.id("schedule")).click();
        await().atMost(Duration.ofSeconds(20)).until(() -> browser.getCurrentUrl().matches(".*/activities/[0-9a-f-]{36}$"));
        assertThat(browser.findElement(By.id("activity-status")).getText()).isEqualTo("Agendada");
        WebElement community = browser.findElement(By.id("anonymous-COMMUNITY"));
        community.clear();
        community.sendKeys("23");
        browser.findElement(By.id("mark-held")).click();
        await().atMost(Duration.ofSeconds(20)).until(() -> browser.findElement(By.id("activity-status")).getText().equals("Realizada"));
        assertThat(browser.findElement(By.id("participants")).getText()).startsWith("24 no total");
        screenshot("activity-held");
        // Yesterday's month, which is not this month on the first of a month.
        String activitiesOfYesterday = config.url(config.frontendPort()) + "/activities?month="
                + YearMonth.from(LocalDate.now(ZoneId.of("Europe/Lisbon")).minusDays(1));
        browser.get(activitiesOfYesterday);
        assertThat(browser.findElement(By.id("activities")).getText()).contains(title).contains("Sessão de informação");

        browser.findElement(By.linkText("Biblioteca")).click();
        browser.findElement(By.id("new-resource")).click();
        String guide = "Guia do arrendamento " + UUID.randomUUID().toString().substring(0, 5);
        browser.findElement(By.cssSelector("input[name=areas][value=HOUSING]")).click();
        browser.findElement(By.id("title-pt")).sendKeys(guide);
        browser.findElement(By.id("summary-pt")).sendKeys("Contratos, cauções e direitos de quem arrenda.");
        browser.findElement(By.id("create-resource")).click();
        assertThat(browser.findElement(By.cssSelector(".problem")).getText()).as("the English title is missing, said in Portuguese")
                .contains("inglês");
        browser.findElement(By.id("title-en")).sendKeys("Renting a home");
        browser.findElement(By.id("summary-en")).sendKeys("Leases, deposits and the rights of tenants.");
        browser.findElement(By.id("create-resource")).click();
        await().atMost(Duration.ofSeconds(20)).until(() -> browser.getCurrentUrl().matches(".*/library/[0-9a-f-]{36}$"));
        assertThat(browser.findElement(By.id("resource-status")).getText()).isEqualTo("Rascunho");
        Path pdf = Files.createTempFile("guia", ".pdf");
        Files.writeString(pdf, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");
        browser.findElement(By.cssSelector("#language-of-file option[value=pt]")).click();
        browser.findElement(By.id("file")).sendKeys(pdf.toAbsolutePath().toString());
        browser.findElement(By.id("upload")).click();
        await().atMost(Duration.ofSeconds(20)).until(() -> !browser.findElements(By.id("download-pt")).isEmpty()
                || !browser.findElements(By.cssSelector(".problem")).isEmpty());
        assertThat(browser.findElements(By.cssSelector(".problem"))).as("the upload was refused: %s", browser.getPageSource()).isEmpty();
        browser.findElement(By.id("publish")).click();
        await().atMost(Duration.ofSeconds(20)).until(() -> browser.findElement(By.id("resource-status")).getText().equals("Publicado"));
        screenshot("library-guide");
        String guideUrl = browser.getCurrentUrl();

        signIn("eva.partner1", "Eva Ramos");
        browser.findElement(By.linkText("Biblioteca")).click();
        browser.findElement(By.linkText(guide)).click();
        assertThat(browser.getCurrentUrl()).isEqualTo(guideUrl);
        Object download = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(document.getElementById('download-pt').href)
                    .then(answer => answer.text().then(text => done(answer.status + ' ' + answer.headers.get('content-type') + ' ' + text)),
                          failure => done(String(failure)));""");
        assertThat(download).asString().startsWith("200 application/pdf %PDF-1.4");
        assertThat(browser.findElements(By.id("publish"))).as("a partner only reads").isEmpty();
        assertThat(browser.findElements(By.linkText("Atividades"))).isEmpty();

        signIn("gloria.manager", "Glória Pires");
        browser.findElement(By.linkText("Atividades")).click();
        assertThat(browser.findElements(By.id("new-activity"))).as("a manager only reads").isEmpty();
        browser.get(activitiesOfYesterday);
        assertThat(browser.findElement(By.id("activities")).getText()).contains(title);
    }

    /** ATTENDANCES of the default plan, as reporting-service counts them now. */
    private static long attendancesCounted(Api api) {
        for (var indicator : api.get(config.url(config.reportingPort()) + "/api/v1/plans/" + config.defaultPlanId() + "/progress",
                "demo-manager-lisboa").get("indicators")) {
            if (indicator.get("code").asString().equals("ATTENDANCES")) {
                return indicator.get("actual").asLong();
            }
        }
        throw new AssertionError("the default plan has no ATTENDANCES");
    }

    /** A person registered at Lisboa by its technicians' API client, and their case opened in one area: its id. */
    private static String caseOfANewPerson(Api api, String fullName, boolean sharesWithPartners, String area) {
        String person = api.post(config.url(config.casePort()) + "/api/v1/beneficiaries", "demo-technician-lisboa", Map.of(
                "fullName", fullName, "dateOfBirth", "1990-01-01", "sex", "FEMALE", "nationality", "CV",
                "consent", Map.of("dataProcessing", true, "shareWithPartners", sharesWithPartners)), 201).get("id").asString();
        return api.post(config.url(config.casePort()) + "/api/v1/cases", "demo-technician-lisboa",
                Map.of("beneficiaryId", person, "areas", List.of(area)), 201).get("id").asString();
    }

    /** A referral of a new case to another partner than partner-1: what eva.partner1 must not see. */
    private static String referralToAnotherPartner(Api api) {
        String partners = config.url(config.referralPort()) + "/api/v1/partners";
        String other = "partner-other-" + UUID.randomUUID().toString().substring(0, 6);
        api.post(partners, "demo-admin", Map.of("id", other, "name", "Outro parceiro", "email", "x@other.example.pt",
                "preferredLanguage", "pt", "areas", List.of("HOUSING"), "municipalities", List.of("Lisboa")), 201);
        String person = api.post(config.url(config.casePort()) + "/api/v1/beneficiaries", "demo-technician-lisboa", Map.of(
                "fullName", "Oksana Kovalenko " + UUID.randomUUID().toString().substring(0, 5), "dateOfBirth", "1985-06-01", "sex", "FEMALE",
                "nationality", "UA", "consent", Map.of("dataProcessing", true, "shareWithPartners", true)), 201).get("id").asString();
        String caseId = api.post(config.url(config.casePort()) + "/api/v1/cases", "demo-technician-lisboa",
                Map.of("beneficiaryId", person, "areas", List.of("HOUSING")), 201).get("id").asString();
        return api.post(config.url(config.referralPort()) + "/api/v1/referrals", "demo-technician-lisboa", Map.of(
                "caseId", caseId, "partnerId", other, "area", "HOUSING", "priority", "URGENT",
                "reason", "Procura emprego noutro parceiro"), 201).get("id").asString();
    }

    /**
     * The ids of the chart tables on this page whose chart Chart.js has drawn with the table's own numbers (the sum of
     * what it plots equals the sum of the table's cells, so a chart that drew nothing, or other numbers, is not counted).
     */
    @SuppressWarnings("unchecked")
    private static List<String> chartsDrawn() {
        return (List<String>) ((JavascriptExecutor) browser).executeScript("""
                return Array.from(document.querySelectorAll('table.chart-data')).filter(table => {
                    const chart = Chart.getChart(table.closest('figure').querySelector('canvas'));
                    const drawn = chart ? chart.data.datasets.flatMap(set => set.data).reduce((sum, v) => sum + (v || 0), 0) : -1;
                    const tabled = Array.from(table.querySelectorAll('td[data-value]')).reduce((sum, td) => sum + Number(td.dataset.value), 0);
                    return chart && Math.abs(drawn - tabled) < 1e-6;
                }).map(table => table.id);""");
    }

    /**
     * The element once the page that should hold it has loaded (a case page asks seven services, which on two loaded
     * cores can take longer than the implicit wait); if it never comes, what the page shows instead.
     */
    private static WebElement shownOnceLoaded(By element) {
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> !browser.findElements(element).isEmpty());
        } catch (org.awaitility.core.ConditionTimeoutException missing) {
            throw new AssertionError(element + " never appeared on " + browser.getCurrentUrl() + ", which shows: "
                    + browser.findElement(By.tagName("main")).getText(), missing);
        }
        return browser.findElement(element);
    }

    private static List<String> caseNumbersShown() {
        return browser.findElements(By.cssSelector("main table tbody tr td:first-child a")).stream().map(WebElement::getText).toList();
    }

    private static String digits(String text) {
        return text.replaceAll("[^0-9]", "");
    }

    private static WebElement referralArticle(String reference) {
        return browser.findElements(By.cssSelector("article.referral")).stream()
                .filter(article -> article.getText().contains(reference)).findFirst().orElseThrow();
    }

    /**
     * Signs in at the authorization server in a new browser, and waits until the front end greets that person by
     * name. A sign-in that does not arrive keeps where the browser was and the parts' logs in
     * {@code target/sign-in-failed-<user>/}: the page may be half-sent (the administrator's dashboard once failed
     * mid-render, and Chromium then waited on it without end), and those logs are where that shows.
     */
    private static void signIn(String username, String displayName) throws Exception {
        openBrowser();
        signedInDuringTest = true;
        browser.get(config.url(config.frontendPort()) + "/");
        browser.findElement(By.name("username")).sendKeys(username);
        browser.findElement(By.name("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        try {
            // A minute: on two loaded cores the redirects, the token exchange and the first page took over 20 s once.
            await().atMost(Duration.ofSeconds(60)).ignoreExceptions()
                    .until(() -> browser.findElement(By.tagName("header")).getText().contains(displayName));
        } catch (RuntimeException notSignedIn) {
            keepWhatShowsWhy(username, notSignedIn);
            throw notSignedIn;
        }
    }

    private static void keepWhatShowsWhy(String username, RuntimeException notSignedIn) {
        Path kept = Path.of("target", "sign-in-failed-" + username);
        try (var logs = Files.list(SharedPlatform.data().resolve("logs"))) {
            Files.createDirectories(kept);
            for (Path log : logs.toList()) {
                Files.copy(log, kept.resolve(log.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.writeString(kept.resolve("browser-was-at.txt"), browser.getCurrentUrl());
            Files.writeString(kept.resolve("page.html"), browser.getPageSource()); // last: a page still loading may not give it
        } catch (IOException | RuntimeException pageInTransition) {
            notSignedIn.addSuppressed(pageInTransition); // what to look at is the sign-in that failed, not this
        }
    }

    private static void setValue(WebElement input, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", input, value);
    }

    /**
     * With {@code PONTE_SCREENSHOTS=1} only: pictures for case-frontend's README, not a check. Rendering a whole page can take
     * headless Chromium longer than its renderer timeout on two loaded cores, which failed builds for no fault of
     * the pages.
     */
    private static void screenshotInBothLanguages(String name) throws Exception {
        if (System.getenv("PONTE_SCREENSHOTS") == null) {
            return;
        }
        String page = chromium.getCurrentUrl();
        screenshot(name + "-pt");
        chromium.get(page + (page.contains("?") ? "&" : "?") + "lang=en");
        screenshot(name + "-en");
        chromium.get(page + (page.contains("?") ? "&" : "?") + "lang=pt");
    }

    private static void screenshot(String name) throws Exception {
        if (System.getenv("PONTE_SCREENSHOTS") == null) {
            return;
        }
        Path folder = Path.of("target", "screenshots");
        Files.createDirectories(folder);
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), folder.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
