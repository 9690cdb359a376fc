package io.admitone.admin.support;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** The admin as a person sees it in the browser: fields found by their labels, buttons by their text. */
public class AdminPage {

    private final WebDriver browser;
    private final String baseUrl;
    private final WebDriverWait wait;

    public AdminPage(WebDriver browser, int port) {
        this.browser = browser;
        this.baseUrl = "http://localhost:" + port + "/";
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    /** Opens the sign-in page at {@code path} ("" or "login"). */
    public AdminPage open(String path) {
        visit(path);
        fieldLabelled("E-mail");
        return this;
    }

    public void visit(String path) {
        browser.get(baseUrl + path);
    }

    /** The input that a visible label names; fails if no label points at an input. */
    public WebElement fieldLabelled(String labelText) {
        WebElement label = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//label[normalize-space(.)='" + labelText + "']")));
        return browser.findElement(By.id(label.getDomAttribute("for")));
    }

    public WebElement button(String text) {
        return wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-button[normalize-space(.)='" + text + "']")));
    }

    public void signInWith(String email, String password) {
        fieldLabelled("E-mail").sendKeys(email);
        fieldLabelled("Password").sendKeys(password);
        button("Sign in").click();
    }

    /** Signs in as {@code staff} from the sign-in page and waits for the dashboard. */
    public void signIn(ServerApi.Staff staff) {
        open("login");
        signInWith(staff.email(), staff.password());
        awaitPath("dashboard");
    }

    /**
     * Saves what the browser shows as {@code <name>.png} in the directory the system property
     * {@code admitone.screenshots} names (docs/admin.md's pictures are made so); without it, nothing is saved.
     */
    public void screenshot(String name) {
        String directory = System.getProperty("admitone.screenshots", "");
        if (directory.isBlank()) {
            return;
        }
        try {
            Path target = Path.of(directory, name + ".png");
            Files.createDirectories(target.getParent());
            Files.write(target, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String failureShown() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[role=alert]"))).getText();
    }

    public void awaitPath(String path) {
        wait.until(ExpectedConditions.urlToBe(baseUrl + path));
    }

    public String mainText() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("main"))).getText();
    }

    public WebDriverWait waiting() {
        return wait;
    }
}
