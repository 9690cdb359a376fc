package io.admitone.admin.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.file.Path;

import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

/**
 * A test of the admin UI, running on a random port, in a real headless Chromium. One browser per class; each test
 * starts without cookies, so in a new Vaadin session. Subclasses say which AdmitOne server the admin talks to.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
public abstract class ChromiumTest {

    @TempDir
    static Path userDataDir;

    protected static WebDriver browser;

    @LocalServerPort
    int port;

    protected AdminPage page;

    @BeforeAll
    static void openBrowser() {
        browser = HeadlessChromium.start(userDataDir);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void openPage() {
        page = new AdminPage(browser, port);
    }

    @AfterEach
    void forgetTheSession() {
        browser.manage().deleteAllCookies();
        browser.get("about:blank");
    }
}
