package org.gigforge;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Locale;
import org.gigforge.account.AccountService;
import org.gigforge.account.Role;
import org.gigforge.account.SignUpRequest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Server memory per open page with server push: signed-in members' browsers each keep a UI and a push connection
 * on the server. Opens pages in real Chromium (several members, several tabs each), each on the messages page
 * with the live bell, and compares the heap after full collections before and after. A measurement, run with
 * {@code ./mvnw test -Pbenchmark -Dbenchmark.test=SessionMemoryBenchmark}; not part of the test run.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "gigforge.database.embedded-port=0",
    "gigforge.database.embedded-persistent=false",
    "gigforge.demo-data.enabled=true",
    "jobrunr.background-job-server.enabled=false",
    "gigforge.files.local-dir=${java.io.tmpdir}/" + TestFilesConfiguration.PREFIX + "${random.uuid}"
})
@Import(TestFilesConfiguration.class)
class SessionMemoryBenchmark {

    private static final int MEMBERS = Integer.getInteger("benchmark.members", 4);
    private static final int TABS = Integer.getInteger("benchmark.tabs", 5);
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private static final String PASSWORD = "copper kettle mountain";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Test
    void measure() throws Exception {
        var emails = new ArrayList<String>();
        for (int m = 0; m < MEMBERS; m++) {
            String email = TestAccounts.uniqueEmail("memory" + m);
            accounts.signUp(new SignUpRequest("Member " + m, email, PASSWORD, m % 2 == 0 ? Role.FREELANCER : Role.CLIENT),
                    Locale.ENGLISH);
            emails.add(email);
        }
        var browsers = new ArrayList<TestBrowser>();
        try {
            // One page first, so classes and caches the first page loads are not counted per page.
            var warm = new TestBrowser("memory-warm");
            browsers.add(warm);
            signIn(warm.driver(), TestAccounts.CLIENT, TestAccounts.PASSWORD);
            open(warm.driver(), "/messages");
            long before = usedHeapAfterGc();

            int pages = 0;
            for (int m = 0; m < MEMBERS; m++) {
                var browser = new TestBrowser("memory-" + m);
                browsers.add(browser);
                WebDriver driver = browser.driver();
                signIn(driver, emails.get(m), PASSWORD);
                open(driver, "/messages");
                pages++;
                for (int t = 1; t < TABS; t++) {
                    driver.switchTo().newWindow(WindowType.TAB);
                    open(driver, "/messages");
                    pages++;
                }
            }
            long after = usedHeapAfterGc();
            System.out.printf(Locale.ROOT, "%n## Server memory per page with push%n%n"
                            + "%d members, %d tabs each: %d pages. Heap after full GC: %.1f MB before, %.1f MB after; "
                            + "%.0f KB per open page (UI + push connection + its share of the member's session).%n%n",
                    MEMBERS, TABS, pages, before / 1e6, after / 1e6,
                    (after - before) / 1024.0 / pages);
        } finally {
            for (var browser : browsers) {
                browser.close();
            }
        }
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        // Several rounds: finalisation and soft references settle over more than one collection.
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(500);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    private void signIn(WebDriver driver, String email, String password) {
        var wait = new WebDriverWait(driver, TIMEOUT);
        driver.get(url("/login"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
        type(driver, wait, By.cssSelector("#login-form input[name=username]"), email);
        type(driver, wait, By.cssSelector("#login-form input[name=password]"), password);
        WebElement submit = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#login-form vaadin-button[slot=submit]")));
        ((JavascriptExecutor) driver).executeScript("arguments[0].click()", submit);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("user-menu")));
    }

    private void open(WebDriver driver, String path) {
        driver.get(url(path));
        new WebDriverWait(driver, TIMEOUT).until(ExpectedConditions.presenceOfElementLocated(By.id("notification-bell")));
    }

    private static void type(WebDriver driver, WebDriverWait wait, By locator, String text) {
        WebElement field = wait.until(ExpectedConditions.elementToBeClickable(locator));
        field.clear();
        field.sendKeys(text);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
