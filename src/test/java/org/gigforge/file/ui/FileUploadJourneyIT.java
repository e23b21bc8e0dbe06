package org.gigforge.file.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.annotation.security.PermitAll;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.gigforge.TestAccounts;
import org.gigforge.TestBrowser;
import org.gigforge.TestFilesConfiguration;
import org.gigforge.file.FileKind;
import org.gigforge.file.FileService;
import org.gigforge.file.TestContentAccess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The upload field in a real browser, through Vaadin's real upload request: a signed-in member uploads a
 * picture and sees it stored; a script named {@code .png} passes the browser's check but not the server's, and
 * the member reads why on the field. The field sits on a page that exists only in this test.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "gigforge.database.embedded-port=0",
    "gigforge.database.embedded-persistent=false",
    "gigforge.demo-data.enabled=true",
    "jobrunr.background-job-server.enabled=false",
    "gigforge.files.local-dir=${java.io.tmpdir}/gigforge-test-files-${random.uuid}"
})
@Import(TestFilesConfiguration.class) // deletes that folder when the context closes
class FileUploadJourneyIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static TestBrowser browser;
    private static WebDriver driver;

    @LocalServerPort
    int port;

    /** A page with one image upload field, added to the routes of this test's application only. */
    @PermitAll
    public static class UploadPage extends VerticalLayout {

        public UploadPage(FileService files) {
            var field = new FileUploadField(files, FileKind.IMAGE);
            field.setId("upload-field");
            field.setLabel("Portfolio picture");
            var stored = new Span();
            stored.setId("upload-stored");
            field.addUploadedListener(file -> stored.setText(file.url()));
            add(field, stored);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class UploadPageRoute {
        @Bean
        VaadinServiceInitListener uploadPageRoute() {
            return event -> RouteConfiguration.forApplicationScope().setRoute("upload-test", UploadPage.class);
        }
    }

    @BeforeAll
    static void startBrowser() throws IOException {
        browser = new TestBrowser("upload");
        driver = browser.driver();
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void a_member_uploads_a_picture_and_is_told_why_a_disguised_script_is_refused() throws Exception {
        var wait = new WebDriverWait(driver, TIMEOUT);
        driver.get(url("/login"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
        type(wait, By.cssSelector("#login-form input[name=username]"), TestAccounts.FREELANCER);
        type(wait, By.cssSelector("#login-form input[name=password]"), TestAccounts.PASSWORD);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#login-form vaadin-button[slot=submit]"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("user-menu")));

        driver.get(url("/upload-test"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#upload-field vaadin-upload")));

        Path picture = browser.write("holiday.png", TestContentAccess.png(600, 300));
        browser.chooseFile(wait, By.cssSelector("#upload-field vaadin-upload"), picture);
        wait.until(ExpectedConditions.textMatches(By.id("upload-stored"), java.util.regex.Pattern.compile("media/[0-9a-f]{64}\\.png")));
        assertThat(driver.findElement(By.id("upload-field")).getText()).contains("Uploaded: holiday.png");
        String address = driver.findElement(By.id("upload-stored")).getText();
        var image = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/" + address))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).hasValue("image/png");

        Path script = browser.write("cute-cat.png", TestContentAccess.shellScript());
        browser.chooseFile(wait, By.cssSelector("#upload-field vaadin-upload"), script);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("upload-field"),
                "This file is not an image we can take."));
        screenshot(Path.of("target", "e2e", "upload-refused.png"));
    }

    private static void type(WebDriverWait wait, By locator, String text) {
        WebElement field = wait.until(ExpectedConditions.elementToBeClickable(locator));
        field.clear();
        field.sendKeys(text);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static void screenshot(Path target) throws IOException {
        Files.createDirectories(target.getParent());
        File shot = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }
}
