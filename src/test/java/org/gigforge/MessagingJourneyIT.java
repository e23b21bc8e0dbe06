package org.gigforge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.gigforge.messaging.MessagingFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * Two people chat in two real browsers: the client on a laptop-sized window, the freelancer on a 360 px phone.
 * What one types appears in the other's page without a reload (server push), with the typing line and the
 * "seen" receipt on the way.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "gigforge.database.embedded-port=0",
    "gigforge.database.embedded-persistent=false",
    "gigforge.demo-data.enabled=false",
    "jobrunr.background-job-server.enabled=false",
    "gigforge.files.local-dir=${java.io.tmpdir}/" + TestFilesConfiguration.PREFIX + "${random.uuid}"
})
@Import(TestFilesConfiguration.class)
class MessagingJourneyIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static TestBrowser clientBrowser;
    private static TestBrowser freelancerBrowser;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @BeforeAll
    static void startBrowsers() throws IOException {
        clientBrowser = new TestBrowser("chat-client");
        freelancerBrowser = new TestBrowser("chat-freelancer");
        freelancerBrowser.driver().manage().window().setSize(new Dimension(360, 780));
    }

    @AfterAll
    static void stopBrowsers() throws IOException {
        if (clientBrowser != null) {
            clientBrowser.close();
        }
        if (freelancerBrowser != null) {
            freelancerBrowser.close();
        }
    }

    @AfterEach
    void keepLastPages() throws IOException {
        Path dir = Path.of("target", "e2e");
        Files.createDirectories(dir);
        for (var browser : new TestBrowser[] {clientBrowser, freelancerBrowser}) {
            String name = browser == clientBrowser ? "chat-client" : "chat-freelancer";
            Files.writeString(dir.resolve(name + ".html"), browser.driver().getPageSource());
            File shot = browser.driver().getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void a_message_typed_in_one_browser_appears_in_the_other_without_reload() {
        var cast = new MessagingFixtures(context).cast();
        WebDriver client = clientBrowser.driver();
        WebDriver freelancer = freelancerBrowser.driver();
        var clientWait = new WebDriverWait(client, TIMEOUT);
        var freelancerWait = new WebDriverWait(freelancer, TIMEOUT);

        signIn(client, clientWait, cast.client());
        signIn(freelancer, freelancerWait, cast.freelancer());

        // The client opens the conversation from the proposal's "Message" button.
        client.get(url("/client/jobs/" + cast.job() + "/proposals"));
        click(client, clientWait, By.id("message-freelancer-" + cast.freelancerId()));
        clientWait.until(ExpectedConditions.urlMatches("/messages/\\d+$"));
        String conversation = client.getCurrentUrl().replaceFirst(".*/messages/", "");

        // The freelancer, on a phone, opens it too: only the conversation shows, with a way back to the list.
        freelancer.get(url("/messages/" + conversation));
        freelancerWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("message-text")));
        assertThat(freelancer.findElement(By.id("conversation-list")).isDisplayed()).isFalse();
        assertThat(freelancer.findElement(By.cssSelector(".gf-conversation-back")).isDisplayed()).isTrue();

        // The freelancer is signed in with a page open: the client sees them online.
        clientWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("conversation-presence"), "Online"));

        // The client writes; the message appears on the freelancer's phone without a reload.
        type(client, clientWait, By.cssSelector("#message-text textarea"), "Hello Felix! Can you send sketches by Friday?");
        click(client, clientWait, By.id("message-send"));
        freelancerWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message-list"),
                "Can you send sketches by Friday?"));

        // The freelancer has read it: the client's page marks it seen.
        clientWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("message-seen")));

        // The freelancer types: the client sees it, then the answer.
        type(freelancer, freelancerWait, By.cssSelector("#message-text textarea"), "Sure, Friday works");
        clientWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message-typing"), "is typing"));
        click(freelancer, freelancerWait, By.id("message-send"));
        clientWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message-list"), "Sure, Friday works"));
        assertThat(client.findElements(By.cssSelector("#message-list .gf-message"))).hasSize(2);
    }

    private void signIn(WebDriver driver, WebDriverWait wait, String email) {
        driver.get(url("/login"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
        type(driver, wait, By.cssSelector("#login-form input[name=username]"), email);
        type(driver, wait, By.cssSelector("#login-form input[name=password]"), MessagingFixtures.PASSWORD);
        click(driver, wait, By.cssSelector("#login-form vaadin-button[slot=submit]"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("user-menu")));
    }

    private static void click(WebDriver driver, WebDriverWait wait, By locator) {
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(locator));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
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
