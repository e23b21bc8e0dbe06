package org.gigforge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.gigforge.account.AccountService;
import org.gigforge.account.Role;
import org.gigforge.account.SignUpRequest;
import org.gigforge.account.seed.MemberSeeder;
import org.gigforge.account.seed.MemberSeeder.SeedMember;
import org.gigforge.contract.ContractService;
import org.gigforge.dispute.DisputeFixtures;
import org.gigforge.job.JobService;
import org.gigforge.payment.LedgerAccountKind;
import org.gigforge.payment.LedgerFilter;
import org.gigforge.payment.LedgerTotal;
import org.gigforge.payment.PaymentService;
import org.gigforge.platform.Money;
import org.gigforge.proposal.ProposalService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The marketplace's money loop in three real browsers (a client, a freelancer and an admin), every step through
 * the pages with the demo payment provider: a job is posted, found, proposed on, offered in milestones and accepted;
 * a milestone is funded, handed in and approved, and the freelancer's earnings and the client's receipt (a PDF
 * whose total is the ledger's) follow. And a dispute over funded work: opened by the client, answered by the
 * freelancer, split by an admin with a written decision that both sides read, with the money moved accordingly.
 * Fixtures only create the people (and, for the dispute, the funded contract the first test builds in the pages).
 */
// A context of its own (the last property), started when this class starts: the fixtures sign in through the
// static SecurityContextHolder, whose strategy each application context replaces with its own (one thread-local
// each), so a context cached from an earlier class would no longer see them once a later class started another.
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "gigforge.database.embedded-port=0",
    "gigforge.database.embedded-persistent=false",
    "gigforge.demo-data.enabled=false",
    "jobrunr.background-job-server.enabled=false",
    "gigforge.files.local-dir=${java.io.tmpdir}/" + TestFilesConfiguration.PREFIX + "${random.uuid}",
    "gigforge.test.context=hiring-journey"
})
@Import(TestFilesConfiguration.class)
class HiringJourneyIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String PASSWORD = "copper kettle mountain";
    private static final String DEMO = "Demo payments — no real money";
    private static final Pattern NUMBER_IN_PATH = Pattern.compile("/(?:jobs|contracts|disputes)/(\\d+)");

    private static TestBrowser clientBrowser;
    private static TestBrowser freelancerBrowser;
    private static TestBrowser adminBrowser;
    private static String admin;

    @LocalServerPort
    int port;

    @Autowired AccountService accounts;
    @Autowired MemberSeeder members;
    @Autowired UserDetailsService users;
    @Autowired JobService jobs;
    @Autowired ProposalService proposals;
    @Autowired ContractService contracts;
    @Autowired PaymentService payments;

    private Person client;
    private Person freelancer;
    private Person administrator;

    @BeforeAll
    static void startBrowsers() throws IOException {
        clientBrowser = new TestBrowser("hiring-client");
        freelancerBrowser = new TestBrowser("hiring-freelancer");
        adminBrowser = new TestBrowser("hiring-admin");
    }

    @AfterAll
    static void stopBrowsers() throws IOException {
        for (var browser : new TestBrowser[] {clientBrowser, freelancerBrowser, adminBrowser}) {
            if (browser != null) {
                browser.close();
            }
        }
    }

    @BeforeEach
    void people() {
        if (admin == null) {
            // No demo data here: the one admin of these tests is created directly (nobody can sign up as admin).
            admin = TestAccounts.uniqueEmail("admin");
            members.seed(List.of(new SeedMember("Ada Admin", admin, Set.of(Role.ADMIN), Instant.now())), PASSWORD);
        }
        client = new Person("client", clientBrowser);
        freelancer = new Person("freelancer", freelancerBrowser);
        administrator = new Person("admin", adminBrowser);
    }

    /** Keeps each browser's last page (to look at when a test failed), then forgets its session. */
    @AfterEach
    void keepLastPagesAndForgetSessions(TestInfo test) throws IOException {
        String name = test.getTestMethod().map(m -> m.getName()).orElse("test");
        for (var person : List.of(client, freelancer, administrator)) {
            person.keep(name + "-" + person.role);
            person.driver.manage().deleteAllCookies();
        }
        TestAccounts.signOut();
    }

    @Test
    void a_client_hires_a_freelancer_pays_a_milestone_with_the_demo_provider_and_downloads_the_receipt() throws Exception {
        String clientEmail = member("Clara Client", Role.CLIENT);
        String freelancerEmail = member("Felix Freelancer", Role.FREELANCER);
        client.signIn(clientEmail);
        freelancer.signIn(freelancerEmail);

        // The client posts a fixed-price job.
        String word = uniqueWord();
        String title = "Paint a shop sign with a " + word + " on it";
        client.open("/jobs/new");
        client.type(By.cssSelector("#job-title input"), title);
        client.type(By.cssSelector("#job-description textarea"),
                "A hand-painted **wooden sign** for our bakery's door, about 60 by 40 cm, weatherproof.");
        client.choose(By.cssSelector("#job-category input"), "Design & Creative");
        client.chooseAlso(By.cssSelector("#job-skills input"), "Graphic Design");
        client.type(By.cssSelector("#job-budget input"), "400");
        client.click(By.cssSelector("#job-duration"));
        client.click(By.xpath("//vaadin-select-item[contains(., 'Less than a week')]"));
        client.click(By.id("job-publish"));
        client.waitForText(By.id("client-home"), title);

        // The freelancer finds it by a word of its title, opens it and proposes 400 USD.
        freelancer.open("/work");
        freelancer.type(By.cssSelector("#search-text input"), word);
        freelancer.wait.until(ExpectedConditions.urlContains("q=" + word));
        freelancer.waitForText(By.id("search-count"), "1 job found");
        freelancer.waitForText(By.id("search-hits"), title);
        freelancer.click(By.cssSelector("#search-hits .gf-hit a.gf-job-link"));
        freelancer.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("job-detail")));
        assertThat(freelancer.driver.findElement(By.cssSelector("#job-detail h1")).getText()).isEqualTo(title);
        long job = numberInAddress(freelancer);
        freelancer.click(By.id("job-apply"));
        freelancer.type(By.cssSelector("#proposal-bid input"), "400");
        freelancer.wait.until(ExpectedConditions.textToBe(By.id("fees-you-receive"), "$360"));
        freelancer.type(By.cssSelector("#proposal-cover-letter textarea"),
                "I paint shop signs in enamel every month; photos of five bakery signs are in my portfolio.");
        freelancer.click(By.id("proposal-send"));
        freelancer.waitForText(By.id("proposals-grid"), title);

        // The client sees the proposal counted on the home page and lists it in the proposals grid.
        client.open("/client/jobs");
        client.waitForText(By.id("client-home"), "1 proposal");
        client.click(By.cssSelector("#client-home a[href$='client/jobs/" + job + "/proposals']"));
        client.waitForText(By.id("received-proposals"), "Felix Freelancer");
        assertThat(client.text(By.id("received-proposals"))).contains("$400", "$420");

        // An offer in two milestones: sketches first, then the sign itself.
        client.click(By.cssSelector("#received-proposals [id^=proposal-offer-]"));
        client.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("make-offer")));
        client.type(By.cssSelector("#offer-milestone-title-0 input"), "Sketches and colours");
        client.type(By.cssSelector("#offer-milestone-amount-0 input"), "150");
        client.click(By.id("offer-milestone-add"));
        client.type(By.cssSelector("#offer-milestone-title-1 input"), "The painted sign");
        client.type(By.cssSelector("#offer-milestone-amount-1 input"), "250");
        client.waitForText(By.id("offer-total"), "Total $400: you pay $420 with the service fee; the freelancer receives $360.");
        client.type(By.cssSelector("#offer-message textarea"), "Welcome aboard! Sketches first, please.");
        client.click(By.id("offer-send"));
        client.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("job-proposals")));

        // The freelancer accepts it and lands on the contract.
        freelancer.open("/contracts");
        freelancer.waitForText(By.id("my-offers"), title);
        freelancer.click(By.cssSelector("[id^=offer-accept-]"));
        freelancer.waitForText(By.id("contract-milestones"), "The painted sign");
        long contract = numberInAddress(freelancer);
        List<String> milestones = freelancer.driver.findElements(By.cssSelector("#contract-milestones > [id^=milestone-]"))
                .stream().map(row -> row.getDomAttribute("id").substring("milestone-".length())).toList();
        assertThat(milestones).hasSize(2);
        String first = milestones.getFirst();
        assertThat(freelancer.text(By.id("milestone-" + first))).contains("Sketches and colours", "$150", "Not funded");

        // The client funds the first milestone; the page says the payments are a demo.
        client.open("/contracts/" + contract);
        client.waitForText(By.id("contract-payments"), DEMO);
        assertThat(client.text(By.id("milestone-" + first))).contains("You pay $157.50 with the service fee.");
        client.click(By.id("milestone-fund-" + first));
        client.waitForText(By.id("contract-payments"), "Funded · $150");
        client.waitForText(By.id("milestone-" + first), "Funded: money in protection");
        client.screenshot("hiring-funded-client");

        // The freelancer hands in the sketches.
        freelancer.open("/contracts/" + contract);
        freelancer.waitForText(By.id("milestone-" + first), "You receive $135");
        freelancer.type(By.cssSelector("#milestone-submit-text-" + first + " textarea"),
                "Three sketches and two colour schemes; I like the second best.");
        freelancer.click(By.cssSelector("vaadin-button#milestone-submit-" + first));
        freelancer.waitForText(By.id("milestone-" + first), "Submitted for review");

        // The client approves: the money is released.
        client.open("/contracts/" + contract);
        client.waitForText(By.id("milestone-" + first), "I like the second best.");
        client.click(By.id("milestone-approve-" + first));
        client.waitForText(By.id("contract-payments"), "Released · $150");
        client.waitForText(By.id("milestone-" + first), "Paid");

        // The freelancer's earnings: the 150 USD less the 10 % fee, labelled as demo money.
        freelancer.open("/earnings");
        freelancer.wait.until(ExpectedConditions.textToBe(By.id("earnings-available"), "$135"));
        assertThat(freelancer.driver.findElement(By.id("payment-demo")).getText()).isEqualTo(DEMO);
        freelancer.waitForText(By.id("earnings-grid"), "$135");
        freelancer.screenshot("hiring-earnings-freelancer");

        // The client's billing page lists the receipt of the payment; its PDF is the receipt of the ledger's amount.
        client.open("/billing");
        client.waitForText(By.id("invoice-grid"), "Payment receipt");
        assertThat(client.text(By.id("invoice-grid"))).contains("$157.50", "#" + contract);
        client.screenshot("hiring-billing-client");
        WebElement download = client.wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#invoice-grid a[download^='GF-R-']")));
        String number = download.getDomAttribute("download").replace(".pdf", "");
        HttpResponse<byte[]> pdf = client.download(download.getDomProperty("href"));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        Money funded = ledger("contract-" + contract).get(LedgerAccountKind.CLIENT_FUNDING).negate();
        assertThat(funded).isEqualTo(Money.of(157_50, "USD"));
        // The admin's ledger, narrowed to the contract, shows the same: 157.50 USD out of the client's funding.
        administrator.signIn(admin);
        administrator.open("/admin/ledger");
        administrator.waitForText(By.id("ledger-totals"), "Client funding");
        WebElement unfiltered = administrator.driver.findElement(By.cssSelector("#ledger-totals .gf-ledger-total"));
        administrator.type(By.cssSelector("#ledger-filter-contract input"), "contract-" + contract);
        administrator.wait.until(ExpectedConditions.stalenessOf(unfiltered));
        assertThat(administrator.driver.findElements(By.cssSelector("#ledger-totals .gf-ledger-total")).stream()
                .map(WebElement::getText).filter(figure -> figure.startsWith("Client funding")))
                .singleElement().asString().contains("157.50");
        administrator.screenshot("hiring-ledger-admin");
        assertThat(pdfText(pdf.body())).contains("Payment receipt", number, "Clara Client", "150.00", "7.50",
                funded.toDecimal().toPlainString());
        // Nobody else gets the document: not the freelancer of the same contract, not a visitor.
        assertThat(freelancer.download(download.getDomProperty("href")).statusCode()).isEqualTo(404);
        assertThat(HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(download.getDomProperty("href")))
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode()).as("signed out: never the document")
                .isIn(302, 401, 403);
    }

    @Test
    void an_admin_splits_a_disputed_milestone_and_both_sides_read_the_decision() throws Exception {
        // A contract with one funded milestone of 400 USD (the steps before are the other test's).
        var deal = DisputeFixtures.fundedMilestone(users, accounts, jobs, proposals, contracts);
        TestAccounts.signOut();
        long contract = deal.contract().id().value();
        String milestone = String.valueOf(deal.milestone().value());
        client.signIn(deal.client());
        freelancer.signIn(deal.freelancer());
        administrator.signIn(admin);

        // The client opens a dispute from the contract page: a reason from the list and what went wrong.
        client.open("/contracts/" + contract);
        client.waitForText(By.id("contract-payments"), DEMO);
        client.click(By.id("dispute-open-milestone-" + milestone));
        client.waitForText(By.id("dispute-dialog"), "$400");
        client.choose(By.cssSelector("#dispute-reason input"), "Work not delivered");
        client.type(By.cssSelector("#dispute-statement textarea"),
                "Four weeks in, I have only a pencil sketch of the front; the back cover never came.");
        client.screenshot("dispute-open-dialog-client");
        client.click(By.id("dispute-confirm"));
        client.wait.until(ExpectedConditions.urlMatches("/disputes/\\d+$"));
        long dispute = numberInAddress(client);
        client.waitForText(By.id("dispute-statement-card"), "Reason: Work not delivered");
        assertThat(client.text(By.id("dispute-deadline"))).startsWith("The other side may answer until");

        // The freelancer sees the milestone frozen on the contract page and answers from the dispute's page.
        freelancer.open("/contracts/" + contract);
        freelancer.waitForText(By.id("milestone-" + milestone), "Disputed — payment frozen");
        assertThat(freelancer.driver.findElements(By.id("milestone-submit-" + milestone))).isEmpty();
        freelancer.click(By.id("dispute-link-milestone-" + milestone));
        freelancer.waitForText(By.id("dispute-statement-card"), "the back cover never came");
        freelancer.type(By.cssSelector("#dispute-answer-text textarea"),
                "The front is finished and was sent on day 12; the back was agreed as a later, second cover.");
        freelancer.click(By.id("dispute-answer-send"));
        freelancer.waitForText(By.id("dispute-response-card"), "a later, second cover");
        freelancer.waitForText(By.id("dispute-summary"), "Awaiting decision");

        // The admin finds it among the disputes awaiting a decision and splits the money with a written decision.
        administrator.open("/admin/disputes");
        administrator.choose(By.cssSelector("#disputes-filter-state input"), "Awaiting decision");
        administrator.click(By.cssSelector("#admin-disputes a[href$='admin/disputes/" + dispute + "']"));
        administrator.waitForText(By.id("dispute-case"), "Dispute answered");
        assertThat(administrator.text(By.id("admin-dispute"))).contains("the back cover never came",
                "a later, second cover", "Cover artwork");
        administrator.type(By.cssSelector("#decision-to-freelancer input"), "150");
        administrator.wait.until(ExpectedConditions.textToBe(By.id("decision-amounts"),
                "$150 to the freelancer, $250 back to the client (with the service fee paid on it)."));
        administrator.type(By.cssSelector("#decision-text textarea"),
                "The front cover was delivered; the back cover was part of the order and is missing.");
        administrator.screenshot("dispute-deciding-admin");
        administrator.click(By.id("decision-decide"));
        administrator.waitForText(By.id("dispute-decision-card"), "the back cover was part of the order");
        assertThat(administrator.driver.findElements(By.id("decision-decide"))).isEmpty();

        // Both sides read the decision on their dispute page.
        for (var party : List.of(client, freelancer)) {
            party.open("/disputes/" + dispute);
            party.waitForText(By.id("dispute-decision-card"), "the back cover was part of the order");
            assertThat(party.text(By.id("dispute-decision-card")))
                    .contains("Split: $150 to the freelancer, $250 back to the client");
            assertThat(party.text(By.id("dispute-summary"))).contains("Decided");
        }
        client.screenshot("dispute-decided-client");

        // The contract shows the settled milestone and where the money went.
        client.open("/contracts/" + contract);
        client.waitForText(By.id("milestone-" + milestone), "Split by a dispute decision");
        assertThat(client.text(By.id("contract-payments"))).contains("Released · $150", "Refunded · $250");
        assertThat(client.driver.findElements(By.id("dispute-open-milestone-" + milestone))).isEmpty();
        client.screenshot("dispute-contract-client");
        // The client gets a credit note for the 250 USD back with the 5 % fee on it.
        client.open("/billing");
        client.waitForText(By.id("invoice-grid"), "Credit note");
        assertThat(client.text(By.id("invoice-grid"))).contains("$262.50");
        // The freelancer has the 150 USD less the 10 % fee.
        freelancer.open("/earnings");
        freelancer.wait.until(ExpectedConditions.textToBe(By.id("earnings-available"), "$135"));
        freelancer.screenshot("dispute-earnings-freelancer");
    }

    private String member(String name, Role role) {
        String email = TestAccounts.uniqueEmail(role.name().toLowerCase(java.util.Locale.ROOT));
        accounts.signUp(new SignUpRequest(name, email, PASSWORD, role));
        return email;
    }

    /** The contract's ledger summed per account kind, as an admin reads it. */
    private Map<LedgerAccountKind, Money> ledger(String contractRef) {
        TestAccounts.signInAs(users, admin);
        try {
            return payments.ledgerTotals(new LedgerFilter(null, contractRef, null, null)).stream()
                    .collect(Collectors.toMap(LedgerTotal::kind, LedgerTotal::total));
        } finally {
            TestAccounts.signOut();
        }
    }

    /** A made-up word of letters only, so a search for it finds this test's job and nothing else. */
    private static String uniqueWord() {
        var random = ThreadLocalRandom.current();
        var word = new StringBuilder("Zorb");
        for (int i = 0; i < 6; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    private static long numberInAddress(Person person) {
        Matcher matcher = NUMBER_IN_PATH.matcher(person.driver.getCurrentUrl());
        assertThat(matcher.find()).as("an id in " + person.driver.getCurrentUrl()).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (var reader = new PdfReader(pdf)) {
            var extractor = new PdfTextExtractor(reader);
            var text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        }
    }

    /** One person at their browser: signs in, opens pages, clicks, types and waits as they would. */
    private final class Person {

        private final String role;
        private final TestBrowser browser;
        private final WebDriver driver;
        private final WebDriverWait wait;

        Person(String role, TestBrowser browser) {
            this.role = role;
            this.browser = browser;
            this.driver = browser.driver();
            this.wait = new WebDriverWait(driver, TIMEOUT);
        }

        void signIn(String email) {
            driver.get(url("/login"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
            type(By.cssSelector("#login-form input[name=username]"), email);
            type(By.cssSelector("#login-form input[name=password]"), PASSWORD);
            click(By.cssSelector("#login-form vaadin-button[slot=submit]"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("user-menu")));
        }

        void open(String path) {
            driver.get(url(path));
        }

        /**
         * Clicks an element once it shows and is enabled. Vaadin may render it anew meanwhile (a grid refreshed by
         * a filter, results following the words typed): then the new one is looked up and clicked.
         */
        void click(By locator) {
            new WebDriverWait(driver, TIMEOUT).withMessage("a clickable " + locator + " on the " + role + "'s page")
                    .ignoring(StaleElementReferenceException.class)
                    .ignoring(ElementClickInterceptedException.class)
                    .until(d -> {
                        List<WebElement> found = d.findElements(locator);
                        if (found.isEmpty()) {
                            return false;
                        }
                        WebElement element = found.getFirst();
                        ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
                        if (!element.isDisplayed() || !element.isEnabled()) {
                            return false;
                        }
                        element.click();
                        return true;
                    });
        }

        /** Types into a field and leaves it, so the value is committed as a person tabbing on would. */
        void type(By locator, String text) {
            WebElement field = wait.until(ExpectedConditions.elementToBeClickable(locator));
            field.clear();
            field.sendKeys(text);
        }

        /** Picks an item of a combo box by typing its exact label. */
        void choose(By input, String label) {
            type(input, label);
            wait.until(d -> d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                    .anyMatch(item -> item.isDisplayed() && item.getText().strip().equals(label)));
            driver.findElement(input).sendKeys(Keys.ENTER);
        }

        /** Adds an item to a multi-select combo box: type, click the item once the filtered list shows it, leave. */
        void chooseAlso(By input, String label) {
            type(input, label);
            WebElement item = wait.until(d -> d.findElements(By.cssSelector("vaadin-multi-select-combo-box-item")).stream()
                    .filter(WebElement::isDisplayed)
                    .filter(candidate -> candidate.getText().strip().equals(label))
                    .findFirst().orElse(null));
            item.click();
            driver.findElement(input).sendKeys(Keys.TAB);
        }

        void waitForText(By locator, String text) {
            new WebDriverWait(driver, TIMEOUT).withMessage("'" + text + "' in " + locator + " of the " + role + "'s page")
                    .until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
        }

        /** The text of an element as it is in the page, including parts scrolled out of view. */
        String text(By locator) {
            WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(locator));
            return element.getDomProperty("textContent") + "\n" + element.getText();
        }

        /** Fetches an address with this browser's session cookie, as clicking a download link does. */
        HttpResponse<byte[]> download(String address) throws IOException, InterruptedException {
            String cookies = driver.manage().getCookies().stream().map(Cookie::toString)
                    .map(cookie -> cookie.split(";", 2)[0]).collect(Collectors.joining("; "));
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(address)).header("Cookie", cookies)
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
        }

        void screenshot(String name) throws IOException {
            Path dir = Path.of("target", "e2e");
            Files.createDirectories(dir);
            File shot = browser.driver().getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        }

        void keep(String name) throws IOException {
            screenshot(name);
            Files.writeString(Path.of("target", "e2e", name + ".html"), driver.getPageSource());
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
