package org.gigforge;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium with its own chromedriver (so Selenium Manager never downloads
 * anything), a throw-away profile folder, and the browser console kept for checks. Closing it
 * quits the browser and deletes the folder.
 */
public final class TestBrowser implements AutoCloseable {

    private final Path folder;
    private final ChromeDriverService service;
    private final ChromeDriver driver;

    public TestBrowser(String name) throws IOException {
        folder = Files.createTempDirectory("gigforge-e2e-" + name);
        var options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,900", "--user-data-dir=" + folder.resolve("profile"));
        // Keep the browser console, to prove the Content-Security-Policy blocks nothing Vaadin needs.
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Writes a file into the browser's folder, e.g. to upload it. */
    public Path write(String name, byte[] content) throws IOException {
        return Files.write(folder.resolve(name), content);
    }

    /** Gives a file to a Vaadin upload's file input, as choosing it in the browser's dialog would. */
    public void chooseFile(WebDriverWait wait, By upload, Path file) {
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(upload));
        WebElement input = (WebElement) ((JavascriptExecutor) driver).executeScript(
                "const upload = arguments[0];"
                        + "return upload.querySelector('input[type=file]')"
                        + " || (upload.shadowRoot && upload.shadowRoot.querySelector('input[type=file]'));",
                element);
        if (input == null) {
            throw new IllegalStateException("No file input in " + upload);
        }
        input.sendKeys(file.toAbsolutePath().toString());
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            service.stop();
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }
}
