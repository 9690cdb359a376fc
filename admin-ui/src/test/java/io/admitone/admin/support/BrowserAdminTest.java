package io.admitone.admin.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;

import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

/**
 * A test in a real headless Chromium of the admin UI, running on a random port, against the real AdmitOne server of
 * the test run. One browser per class; each test starts without cookies, so in a new Vaadin session.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
public abstract class BrowserAdminTest {

    protected static final ServerApi SERVER = ServerApi.ofTestServer();

    @TempDir
    static Path userDataDir;

    protected static WebDriver browser;

    @LocalServerPort
    int port;

    protected AdminPage page;

    @DynamicPropertySource
    static void pointAtTheTestServer(DynamicPropertyRegistry registry) {
        registry.add("admitone.admin.server-url", () -> AdmitOneServerProcess.get().url().toString());
    }

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
