package io.admitone.admin.signin;

import io.admitone.admin.support.ChromiumTest;
import io.admitone.admin.support.ScriptedAdmitOneServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signs in through a real headless Chromium. The AdmitOne server, another process in production, is a
 * scripted real HTTP server on a fixed port that each test starts, or leaves down, for itself.
 */
class SignInInBrowserTest extends ChromiumTest {

    private static final int SERVER_PORT = ScriptedAdmitOneServer.unusedPort();
    private static final String SERVER_URL = "http://127.0.0.1:" + SERVER_PORT;

    @DynamicPropertySource
    static void pointAtTheScriptedServer(DynamicPropertyRegistry registry) {
        registry.add("admitone.admin.server-url", () -> SERVER_URL);
    }

    @Test
    void theSignInPageShowsTheTitleAndLabelledFields() {
        page.open("");

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("AdmitOne");
        assertThat(page.fieldLabelled("E-mail").getAccessibleName()).isEqualTo("E-mail");
        assertThat(page.fieldLabelled("Password").getAccessibleName()).isEqualTo("Password");
        assertThat(page.fieldLabelled("Password").getDomAttribute("type")).isEqualTo("password");
        assertThat(page.button("Sign in").getAriaRole()).isEqualTo("button");
    }

    @Test
    void theSignInPageAnswersAtLoginToo() {
        page.open("login");

        assertThat(page.button("Sign in").isDisplayed()).isTrue();
    }

    @Test
    void aRejectedSignInShowsTheProblemTheServerDescribes() {
        try (ScriptedAdmitOneServer server = ScriptedAdmitOneServer.startOn(SERVER_PORT).rejecting(401, """
                {"type":"https://admitone.io/problems/bad-credentials","title":"Unauthorized","status":401,
                 "detail":"That e-mail address and password do not match."}""")) {
            page.open("");
            page.signInWith("organiser@example.com", "wrong password");

            assertThat(page.failureShown()).isEqualTo("That e-mail address and password do not match.");
            assertThat(server.received()).singleElement().satisfies(request -> {
                assertThat(request.method()).isEqualTo("POST");
                assertThat(request.contentType()).startsWith("application/json");
                assertThat(JsonMapper.shared().readTree(request.body())).isEqualTo(JsonMapper.shared().readTree(
                        "{\"email\":\"organiser@example.com\",\"password\":\"wrong password\"}"));
            });
        }
    }

    @Test
    void anUnreachableServerIsNamedInTheFailure() {
        page.open("");
        page.signInWith("organiser@example.com", "secret");

        assertThat(page.failureShown()).isEqualTo("The AdmitOne server at " + SERVER_URL + " could not be reached");
        assertThat(page.fieldLabelled("E-mail").getDomProperty("value")).isEqualTo("organiser@example.com");
    }

    @Test
    void aSignInWithTheKeyboardLandsOnTheDashboardInANewSessionThatStaysSignedIn() {
        try (ScriptedAdmitOneServer server = ScriptedAdmitOneServer.startOn(SERVER_PORT).issuing("token-123")) {
            page.open("");
            String emailInput = page.fieldLabelled("E-mail").getDomAttribute("id");
            page.waiting().until(focused -> emailInput.equals(focused.switchTo().activeElement().getDomAttribute("id")));

            String sessionBefore = browser.manage().getCookieNamed("JSESSIONID").getValue();

            browser.switchTo().activeElement().sendKeys("organiser@example.com", Keys.TAB, "secret", Keys.ENTER);

            page.awaitPath("dashboard");
            assertThat(page.mainText()).contains("You are signed in as organiser@example.com.");
            assertThat(server.received()).hasSize(1);
            assertThat(browser.manage().getCookieNamed("JSESSIONID").getValue()).isNotEqualTo(sessionBefore);

            page.visit("login");
            page.awaitPath("dashboard");
        }
    }

    @Test
    void signingInWithoutAPasswordAsksForItWithoutCallingTheServer() {
        try (ScriptedAdmitOneServer server = ScriptedAdmitOneServer.startOn(SERVER_PORT).issuing("token-123")) {
            page.open("");
            page.fieldLabelled("E-mail").sendKeys("organiser@example.com");
            page.button("Sign in").click();

            assertThat(page.failureShown()).isEqualTo("Enter your e-mail address and password.");
            assertThat(server.received()).isEmpty();
        }
    }

    @Test
    void theDashboardSendsSomeoneNotSignedInToTheAdminPage() {
        page.open("dashboard");

        page.awaitPath("");
        assertThat(page.mainText()).doesNotContain("You are signed in");
    }
}
