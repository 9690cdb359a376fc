package io.admitone.admin.support;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Starts the Debian {@code chromium} and {@code chromium-driver} packages headless. Both binaries are
 * named explicitly so that Selenium Manager never tries to download a browser or driver.
 */
public final class HeadlessChromium {

    private HeadlessChromium() {
    }

    public static WebDriver start(Path userDataDir) {
        Path browser = onPath("chromium", "chromium-browser");
        Path driver = onPath("chromedriver");
        ChromeOptions options = new ChromeOptions()
                .setBinary(browser.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--window-size=1280,900",
                        "--user-data-dir=" + userDataDir.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    private static Path onPath(String... names) {
        List<String> directories = Arrays.asList(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator));
        Optional<Path> found = Arrays.stream(names)
                .flatMap(name -> directories.stream().map(directory -> Path.of(directory, name)))
                .filter(Files::isExecutable)
                .findFirst();
        if (found.isEmpty()) {
            // A browser test that skips itself silently would let the sign-in page break unnoticed.
            fail("Browser tests need " + String.join(" or ", names) + " on the PATH: install chromium and "
                    + "chromium-driver (Debian: apt-get install -y chromium chromium-driver)");
        }
        return found.get();
    }
}
