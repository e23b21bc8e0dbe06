package org.gigforge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.gigforge.job.JobService;
import org.gigforge.job.JobSummary;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.gigforge.account.AccountService;
import org.gigforge.account.Role;
import org.gigforge.account.SignUpRequest;
import org.gigforge.job.JobDraft;
import org.gigforge.job.JobType;
import org.gigforge.job.ProjectDuration;
import org.gigforge.platform.Money;
import org.gigforge.proposal.ProposalDraft;
import org.gigforge.proposal.ProposalService;
import org.gigforge.taxonomy.ExperienceLevel;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.gigforge.file.TestContentAccess;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A new client's first visit in a real browser: sign up, land on the client home, log out, log in
 * again; and a wrong password at the login page. Uses the Debian Chromium and its chromedriver, so Selenium
 * Manager never downloads anything.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "gigforge.database.embedded-port=0",
    "gigforge.database.embedded-persistent=false",
    "gigforge.demo-data.enabled=true",
    "jobrunr.background-job-server.enabled=false",
    "gigforge.files.local-dir=${java.io.tmpdir}/" + TestFilesConfiguration.PREFIX + "${random.uuid}"
})
@Import(TestFilesConfiguration.class)
class SignUpJourneyIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String PASSWORD = "copper kettle orchard";

    private static TestBrowser browser;
    private static WebDriver driver;

    @LocalServerPort
    int port;

    @Autowired
    JobService jobs;

    @Autowired
    ProposalService proposals;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService users;

    private WebDriverWait wait;

    @BeforeAll
    static void startBrowser() throws IOException {
        browser = new TestBrowser("journeys");
        driver = browser.driver();
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void createWait() {
        wait = new WebDriverWait(driver, TIMEOUT);
    }

    /** Keeps what the browser showed last (to look at when a test failed), then forgets the session. */
    @AfterEach
    void keepLastPageAndForgetSession(TestInfo test) throws IOException {
        Path dir = Path.of("target", "e2e");
        Files.createDirectories(dir);
        String name = test.getTestMethod().map(m -> m.getName()).orElse("test");
        Files.writeString(dir.resolve(name + ".html"), driver.getPageSource());
        screenshot(dir.resolve(name + ".png"));
        driver.manage().deleteAllCookies();
    }

    @Test
    void a_new_client_signs_up_logs_out_and_logs_in_again() throws IOException {
        String email = TestAccounts.uniqueEmail("journey");

        // Landing page, then sign-up from the navigation bar.
        driver.get(url("/"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".gf-job-card")));
        click(By.id("nav-signup"));

        // Choose the client role and fill the form.
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signup-role")));
        WebElement client = driver.findElements(By.cssSelector("#signup-role vaadin-radio-button")).stream()
                .filter(radio -> radio.getText().contains("(client)"))
                .findFirst().orElseThrow();
        client.click();
        wait.until(ExpectedConditions.attributeToBeNotEmpty(client, "checked"));
        type(By.cssSelector("#signup-name input"), "Jules Journey");
        type(By.cssSelector("#signup-email input"), email);
        type(By.cssSelector("#signup-password input"), PASSWORD);
        click(By.id("signup-submit"));

        // Signed in and at home.
        new WebDriverWait(driver, TIMEOUT).withMessage("a successful sign-up should end on the client home")
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("client-home")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("user-menu")));
        screenshot(Path.of("target", "e2e-client-home.png"));

        logOut();

        driver.get(url("/login"));
        logIn(email, PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("client-home")));
        assertThat(driver.getCurrentUrl()).endsWith("/client/jobs");
        assertThat(consoleProblems()).isEmpty();
    }

    /** Console errors and CSP refusals the browser reported since the last call. */
    private static List<String> consoleProblems() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()
                        || entry.getMessage().contains("Content Security Policy"))
                .map(LogEntry::getMessage)
                .toList();
    }

    @Test
    void a_wrong_password_keeps_the_visitor_on_the_login_page_with_an_error() {
        driver.get(url("/login"));
        logIn(TestAccounts.CLIENT, "not the right password");

        wait.until(ExpectedConditions.urlContains("/login?error"));
        wait.until(ExpectedConditions.attributeToBe(By.id("login-form"), "error", "true"));
        assertThat(driver.findElements(By.id("client-home"))).isEmpty();
        assertThat(driver.findElements(By.id("nav-login"))).isNotEmpty();

        // The right password, typed into the same page, brings the client home.
        logIn(TestAccounts.CLIENT, TestAccounts.PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("client-home")));
        assertThat(driver.getCurrentUrl()).endsWith("/client/jobs");
    }

    @Test
    void a_freelancer_applies_to_a_job_and_sees_the_fees_before_sending() {
        driver.get(url("/login"));
        logIn(TestAccounts.FREELANCER, TestAccounts.PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".gf-job-card vaadin-button.gf-apply")));
        click(By.cssSelector(".gf-job-card vaadin-button.gf-apply"));

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("fee-breakdown")));
        type(By.cssSelector("#proposal-bid input"), "1000");
        // The breakdown follows the bid as it is typed: 5 % on top for the client, 10 % kept from the freelancer.
        wait.until(ExpectedConditions.textToBe(By.id("fees-client-pays"), "$1,050"));
        assertThat(driver.findElement(By.id("fees-platform-keeps")).getText()).isEqualTo("$150");
        assertThat(driver.findElement(By.id("fees-you-receive")).getText()).isEqualTo("$900");

        type(By.cssSelector("#proposal-cover-letter textarea"),
                "I have done this kind of work for six years and can start on Monday; two questions about scope first.");
        // Some jobs ask screening questions; every one must be answered.
        for (WebElement answer : driver.findElements(By.cssSelector("[id^=proposal-answer-] textarea"))) {
            answer.sendKeys("A shop site for a bakery last spring; I can start next week.");
        }
        click(By.id("proposal-send"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("proposals-grid")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("proposals-grid"), "$900"));
        assertThat(consoleProblems()).isEmpty();
    }

    @Test
    void a_visitor_searches_for_work_narrows_it_and_goes_back() throws IOException {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        driver.get(url("/work"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".gf-hit")));
        String everything = driver.findElement(By.id("search-count")).getText();

        // Words: the results follow as they are typed, suggestions show, and the address takes the words.
        type(By.cssSelector("#search-text input"), "shopify");
        wait.until(ExpectedConditions.urlContains("q=shopify"));
        wait.until(d -> !d.findElement(By.id("search-count")).getText().equals(everything));
        String words = driver.findElement(By.id("search-count")).getText();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#search-suggestions .gf-suggestion")));

        // A filter is a new entry in the history; back returns to the words alone.
        if (driver.findElement(By.id("filter-panel")).getDomAttribute("opened") == null) {
            click(By.cssSelector("#filter-panel vaadin-details-summary"));
        }
        WebElement hourly = wait.until(d -> d.findElements(By.cssSelector("#filter-type vaadin-radio-button")).stream()
                .filter(radio -> radio.getText().startsWith("By the hour")).findFirst().orElse(null));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", hourly);
        hourly.click();
        wait.until(ExpectedConditions.urlContains("type=hourly"));
        assertThat(driver.getCurrentUrl()).contains("q=shopify");
        wait.until(d -> !d.findElement(By.id("search-count")).getText().equals(words));
        screenshot(Path.of("target", "e2e-find-work.png"));

        driver.navigate().back();
        wait.until(d -> !d.getCurrentUrl().contains("type=hourly"));
        wait.until(ExpectedConditions.textToBe(By.id("search-count"), words));
        assertThat(driver.getCurrentUrl()).contains("q=shopify");

        // On a phone the filters fold away and nothing is wider than the screen.
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(360, 800));
        driver.get(url("/work?q=shopify"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".gf-hit")));
        screenshot(Path.of("target", "e2e-find-work-360.png"));
        long width = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth");
        assertThat(width).isLessThanOrEqualTo(360);
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        assertThat(consoleProblems()).isEmpty();
    }

    @Test
    void the_json_api_answers_beside_the_ui() throws Exception {
        var client = HttpClient.newHttpClient();
        var found = client.send(HttpRequest.newBuilder(URI.create(url("/api/v1/jobs?q=shopify&size=2"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/json"));
        assertThat(found.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(found.body()).contains("\"hits\":[", "\"facets\":", "\"total\":");

        var invalid = client.send(HttpRequest.newBuilder(URI.create(url("/api/v1/jobs?budgetMin=lots"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(invalid.body()).contains("\"parameter\":\"budgetMin\"");

        // Vaadin does not answer under /api: no page for an address the API does not have.
        var unknown = client.send(HttpRequest.newBuilder(URI.create(url("/api/v1/nothing-here"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(unknown.statusCode()).isEqualTo(403);
        assertThat(unknown.body()).doesNotContain("<html");
        // Errors are the API's own answers, never a detour to the login page.
        var html = client.send(HttpRequest.newBuilder(URI.create(url("/api/v1/jobs"))).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(html.statusCode()).isEqualTo(406);
    }

    @Test
    void a_job_page_carries_its_search_metadata_in_the_server_html() throws Exception {
        JobSummary job = jobs.openJobs(null, PageRequest.of(0, 1)).getFirst();
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/" + job.path()))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        var html = Jsoup.parse(response.body());
        assertThat(html.title()).isEqualTo(job.title() + " · Gigforge");
        assertThat(html.select("link[rel=canonical]").attr("href")).isEqualTo(url("/" + job.path()));
        assertThat(html.select("meta[property=og:title]").attr("content")).isEqualTo(job.title());
        assertThat(html.select("meta[name=description]")).hasSize(1);
        assertThat(html.select("meta[name=description]").attr("content")).isNotBlank().hasSizeLessThanOrEqualTo(160);
        String posting = html.select("script[type=application/ld+json]").html();
        assertThat(posting).contains("\"@type\":\"JobPosting\"", "\"employmentType\":\"CONTRACTOR\"",
                "\"currency\":\"USD\"");
        // Other pages carry no job metadata.
        var landing = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(Jsoup.parse(landing.body()).select("script[type=application/ld+json]")).isEmpty();
    }

    @Test
    void search_engines_get_robots_and_a_sitemap_of_public_pages() throws Exception {
        var client = HttpClient.newHttpClient();
        var robots = client.send(HttpRequest.newBuilder(URI.create(url("/robots.txt"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.body()).contains("Disallow: /admin/", "Sitemap: " + url("/sitemap.xml"));

        var sitemap = client.send(HttpRequest.newBuilder(URI.create(url("/sitemap.xml"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(sitemap.statusCode()).isEqualTo(200);
        var locations = Jsoup.parse(sitemap.body(), "", org.jsoup.parser.Parser.xmlParser()).select("loc").eachText();
        long open = jobs.countOpenJobs(null);
        assertThat(locations).contains(url("/"))
                .filteredOn(loc -> loc.startsWith(url("/jobs/"))).hasSize((int) open);
        assertThat(locations).filteredOn(loc -> loc.startsWith(url("/freelancers/"))).hasSizeGreaterThanOrEqualTo(60);
        assertThat(sitemap.body()).doesNotContain("@");
    }

    @Test
    void a_client_posts_a_job_with_questions_and_a_visitor_reads_it() throws Exception {
        driver.get(url("/login"));
        logIn(TestAccounts.CLIENT, TestAccounts.PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("client-home")));
        driver.get(url("/jobs/new"));

        String title = "Illustrate a children's book about " + System.nanoTime();
        fillJobBasics(title, "Twelve **full-page** illustrations for a picture book.\n\n- watercolour look\n- print-ready files",
                "2400", "1 to 3 months");
        chooseFile(By.cssSelector("#job-attachment-upload vaadin-upload"), write("style-guide.pdf", TestContentAccess.pdf()));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("job-attachments"), "style-guide.pdf"));
        click(By.id("job-question-add"));
        type(By.cssSelector("#job-question-0 input"), "Please link two books you have illustrated.");
        screenshot(Path.of("target", "e2e", "post-job-form.png"));
        click(By.id("job-publish"));

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("client-home"), title));
        JobSummary posted = jobs.openJobs(null, PageRequest.of(0, 20)).stream()
                .filter(job -> job.title().equals(title)).findFirst().orElseThrow();
        assertThat(posted.questions()).containsExactly("Please link two books you have illustrated.");
        assertThat(posted.attachments()).hasSize(1);

        // A visitor reads it at its public address, with the description rendered from Markdown.
        logOut();
        driver.get(url("/" + posted.path()));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("job-detail")));
        assertThat(driver.findElement(By.cssSelector("#job-detail h1")).getText()).isEqualTo(title);
        assertThat(driver.findElement(By.cssSelector(".gf-markdown strong")).getText()).isEqualTo("full-page");
        assertThat(driver.findElement(By.id("job-detail")).getText()).contains("Please link two books you have illustrated.",
                "1 attachment: log in to open them.");
        // The file itself stays closed to visitors.
        var file = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/files/"
                + posted.attachments().getFirst()))).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(file.statusCode()).isEqualTo(404);
        assertThat(consoleProblems()).isEmpty();
    }

    @Test
    void a_new_freelancer_builds_a_complete_profile_and_sees_it_as_the_public_does() throws IOException {
        String email = TestAccounts.uniqueEmail("portfolio");
        driver.get(url("/signup"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signup-role")));
        WebElement freelancer = driver.findElements(By.cssSelector("#signup-role vaadin-radio-button")).stream()
                .filter(radio -> radio.getText().contains("freelancer") && !radio.getText().contains("(client)"))
                .findFirst().orElseThrow();
        freelancer.click();
        wait.until(ExpectedConditions.attributeToBeNotEmpty(freelancer, "checked"));
        type(By.cssSelector("#signup-name input"), "Noa Brandt");
        type(By.cssSelector("#signup-email input"), email);
        type(By.cssSelector("#signup-password input"), PASSWORD);
        click(By.id("signup-submit"));
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("signup")));

        driver.get(url("/profile"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("profile-completeness-figure"), "0 %"));
        type(By.cssSelector("#profile-title input"), "Brand illustrator for small food companies");
        type(By.cssSelector("#profile-overview textarea"), ("I draw **labels, menus and shop windows** for bakeries, "
                + "cafés and small food brands. ").repeat(3));
        chooseAlso(By.cssSelector("#profile-skills input"), "Logo Design");
        chooseAlso(By.cssSelector("#profile-skills input"), "Adobe Illustrator");
        chooseAlso(By.cssSelector("#profile-skills input"), "Brand Identity Design");
        type(By.cssSelector("#profile-rate input"), "55");
        click(By.cssSelector("#profile-experience"));
        click(By.xpath("//vaadin-select-item[contains(., 'Expert')]"));
        choose(By.cssSelector("#profile-place input"), "Hamburg, Germany");
        choose(By.cssSelector("#profile-language input"), "German");
        click(By.id("profile-language-add"));
        click(By.id("profile-save"));
        // Elements scrolled out of the layout's view have no visible text for Selenium: read the DOM text.
        wait.until(ExpectedConditions.attributeContains(By.id("profile-completeness-figure"), "textContent", "56 %"));

        chooseFile(By.cssSelector("#profile-photo vaadin-upload"), write("me.png", TestContentAccess.png(800, 800)));
        wait.until(driver -> driver.findElement(By.id("profile-photo-preview")).getAttribute("img") != null);
        type(By.cssSelector("#portfolio-title input"), "Labels for Hafen Honig");
        chooseFile(By.cssSelector("#portfolio-image-upload vaadin-upload"), write("labels.png", TestContentAccess.png(1200, 900)));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#portfolio-images .gf-file-thumb")));
        click(By.id("portfolio-add"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("my-portfolio"), "Labels for Hafen Honig"));
        wait.until(ExpectedConditions.attributeContains(By.id("profile-completeness-figure"), "textContent", "78 %"));
        screenshot(Path.of("target", "e2e", "freelancer-profile-editing.png"));

        String publicPath = driver.findElement(By.id("profile-public-link")).getAttribute("href");
        logOut();
        driver.get(publicPath);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("public-profile")));
        String page = driver.findElement(By.id("public-profile")).getText();
        assertThat(page).contains("Noa Brandt", "Brand illustrator for small food companies", "Labels for Hafen Honig",
                "German", "Logo Design", "Adobe Illustrator", "Brand Identity Design").doesNotContain(email);
        assertThat(driver.findElement(By.cssSelector("#public-profile .gf-markdown strong")).getText())
                .isEqualTo("labels, menus and shop windows");
        // The pictures load: the portfolio cover is a real image the browser decoded.
        WebElement cover = driver.findElement(By.cssSelector("#public-portfolio img"));
        wait.until(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript(
                "return arguments[0].complete && arguments[0].naturalWidth > 0", cover));
        screenshot(Path.of("target", "e2e", "freelancer-public-profile.png"));
        assertThat(consoleProblems()).isEmpty();
    }

    /**
     * The whole loop of the marketplace, every step through the pages as its people would take it: post, propose,
     * offer, accept, fund, submit, approve, see the money, end the contract, and review each other double-blind.
     */
    @Test
    void a_client_and_a_freelancer_do_a_whole_job_together_and_review_each_other() throws IOException {
        String freelancer = TestAccounts.uniqueEmail("hired");
        accounts.signUp(new SignUpRequest("Hana Hired", freelancer, PASSWORD, Role.FREELANCER));

        // The client posts a job.
        signInAs(TestAccounts.CLIENT, TestAccounts.PASSWORD);
        driver.get(url("/jobs/new"));
        String title = "Letter a shop window for our bakery " + System.nanoTime();
        fillJobBasics(title, "Gold lettering on **two windows**, facing the market square.", "400", "Less than a week");
        click(By.id("job-publish"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("client-home"), title));
        JobSummary job = jobs.openJobs(null, PageRequest.of(0, 50)).stream()
                .filter(j -> j.title().equals(title)).findFirst().orElseThrow();
        logOut();

        // The freelancer finds it at its address and proposes.
        signInAs(freelancer, PASSWORD);
        driver.get(url("/" + job.path()));
        click(By.id("job-apply"));
        type(By.cssSelector("#proposal-bid input"), "400");
        wait.until(ExpectedConditions.textToBe(By.id("fees-you-receive"), "$360"));
        type(By.cssSelector("#proposal-cover-letter textarea"),
                "I letter shop windows in gold leaf every month; photos of five bakeries are in my portfolio.");
        click(By.id("proposal-send"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("proposals-grid"), title));
        logOut();

        // The client makes an offer from the proposal.
        signInAs(TestAccounts.CLIENT, TestAccounts.PASSWORD);
        driver.get(url("/client/jobs/" + job.id() + "/proposals"));
        click(By.cssSelector("[id^=proposal-offer-]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("offer-total"), "$420"));
        click(By.id("offer-send"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("job-proposals")));
        logOut();

        // The freelancer accepts and lands on the contract.
        signInAs(freelancer, PASSWORD);
        driver.get(url("/contracts"));
        click(By.cssSelector("[id^=offer-accept-]"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("contract-milestones")));
        String contract = driver.getCurrentUrl();
        logOut();

        // The client funds the milestone.
        signInAs(TestAccounts.CLIENT, TestAccounts.PASSWORD);
        driver.get(contract);
        click(By.cssSelector("[id^=milestone-fund-]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("contract-payments"), "Funded · $400"));
        logOut();

        // The freelancer hands in the work.
        signInAs(freelancer, PASSWORD);
        driver.get(contract);
        type(By.cssSelector("[id^=milestone-submit-text-] textarea"), "Both windows are lettered; photos attached.");
        click(By.cssSelector("vaadin-button[id^=milestone-submit-]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("contract-milestones"), "Submitted for review"));
        logOut();

        // The client approves, so the money is released, ends the contract and reviews the freelancer.
        signInAs(TestAccounts.CLIENT, TestAccounts.PASSWORD);
        driver.get(contract);
        click(By.cssSelector("[id^=milestone-approve-]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("contract-payments"), "Released · $400"));
        screenshot(Path.of("target", "e2e", "contract-approved.png"));
        click(By.id("contract-complete"));
        click(By.cssSelector("vaadin-button[slot=confirm-button]"));
        click(By.id("contract-review"));
        review("Hana lettered both windows beautifully and a day early.");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("review-mine"), "a day early"));
        // Double-blind: nothing of the other side shows before both are in.
        assertThat(driver.findElements(By.id("review-theirs"))).isEmpty();
        logOut();

        // The freelancer's balance shows the price less the 10 % fee, labelled as demo money; then they review the client.
        signInAs(freelancer, PASSWORD);
        driver.get(url("/earnings"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("earnings-available"), "$360"));
        assertThat(driver.findElement(By.id("earnings")).getText()).contains("Demo payments — no real money");
        screenshot(Path.of("target", "e2e", "earnings.png"));
        driver.get(contract + "/review");
        review("Clear brief, quick answers and paid on time.");
        // Both reviews are in, so both are published at once: the freelancer reads the client's.
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("review-theirs"), "a day early"));
        screenshot(Path.of("target", "e2e", "reviews.png"));
        logOut();

        // And the client reads the freelancer's.
        signInAs(TestAccounts.CLIENT, TestAccounts.PASSWORD);
        driver.get(contract + "/review");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("review-theirs"), "paid on time"));
        assertThat(consoleProblems()).isEmpty();
    }

    /** Gives five stars on every aspect with a public text, and sends the review. */
    private void review(String publicText) {
        for (String aspect : List.of("overall", "communication", "quality", "timeliness")) {
            click(By.cssSelector("#review-" + aspect + " vaadin-radio-button:nth-of-type(5) label"));
        }
        type(By.cssSelector("#review-public-text textarea"), publicText);
        click(By.id("review-submit"));
    }

    private void signInAs(String email, String password) {
        driver.get(url("/login"));
        logIn(email, password);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("user-menu")));
    }

    /** The first step of the job form and the terms most jobs need: fixed price, one category, one skill. */
    private void fillJobBasics(String title, String description, String budget, String duration) {
        type(By.cssSelector("#job-title input"), title);
        type(By.cssSelector("#job-description textarea"), description);
        choose(By.cssSelector("#job-category input"), "Design & Creative");
        chooseAlso(By.cssSelector("#job-skills input"), "Graphic Design");
        type(By.cssSelector("#job-budget input"), budget);
        click(By.cssSelector("#job-duration"));
        click(By.xpath("//vaadin-select-item[contains(., '" + duration + "')]"));
    }

    /** Earlier, closed lists keep their items in the page, hidden: wait for one that shows. */
    private void waitForAnyVisible(By items) {
        wait.until(d -> d.findElements(items).stream().anyMatch(WebElement::isDisplayed));
    }

    private void chooseFile(By upload, Path file) {
        browser.chooseFile(wait, upload, file);
    }

    private static Path write(String name, byte[] content) throws IOException {
        return browser.write(name, content);
    }

    /** Picks an item of a combo box by typing its exact label. */
    private void choose(By input, String label) {
        type(input, label);
        waitForAnyVisible(By.cssSelector("vaadin-combo-box-item"));
        driver.findElement(input).sendKeys(Keys.ENTER);
    }

    /** Adds an item to a multi-select combo box: type, click the item once the filtered list shows it, leave. */
    private void chooseAlso(By input, String label) {
        type(input, label);
        WebElement item = wait.until(d -> d.findElements(By.cssSelector("vaadin-multi-select-combo-box-item")).stream()
                .filter(WebElement::isDisplayed)
                .filter(candidate -> candidate.getText().strip().equals(label))
                .findFirst().orElse(null));
        item.click();
        driver.findElement(input).sendKeys(Keys.TAB);
    }

    private void logOut() {
        click(By.cssSelector("#user-menu vaadin-menu-bar-button"));
        click(By.id("menu-logout"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("nav-login")));
        assertThat(driver.findElements(By.id("user-menu"))).isEmpty();
    }

    private void logIn(String email, String password) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
        type(By.cssSelector("#login-form input[name=username]"), email);
        type(By.cssSelector("#login-form input[name=password]"), password);
        click(By.cssSelector("#login-form vaadin-button[slot=submit]"));
    }

    private void click(By locator) {
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(locator));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    private void type(By locator, String text) {
        WebElement field = wait.until(ExpectedConditions.elementToBeClickable(locator));
        field.clear();
        field.sendKeys(text);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static void screenshot(Path target) throws IOException {
        File shot = browser.driver().getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }
}
