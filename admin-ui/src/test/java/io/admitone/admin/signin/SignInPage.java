package io.admitone.admin.signin;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/** The sign-in page as a person sees it in the browser: fields found by their labels, buttons by their text. */
class SignInPage {

    private final WebDriver browser;
    private final String baseUrl;
    private final WebDriverWait wait;

    SignInPage(WebDriver browser, int port) {
        this.browser = browser;
        this.baseUrl = "http://localhost:" + port + "/";
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    SignInPage open(String path) {
        visit(path);
        fieldLabelled("E-mail");
        return this;
    }

    void visit(String path) {
        browser.get(baseUrl + path);
    }

    /** The input that a visible label names; fails if no label points at an input. */
    WebElement fieldLabelled(String labelText) {
        WebElement label = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//label[normalize-space(.)='" + labelText + "']")));
        return browser.findElement(By.id(label.getDomAttribute("for")));
    }

    WebElement button(String text) {
        return wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-button[normalize-space(.)='" + text + "']")));
    }

    void signInWith(String email, String password) {
        fieldLabelled("E-mail").sendKeys(email);
        fieldLabelled("Password").sendKeys(password);
        button("Sign in").click();
    }

    String failureShown() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[role=alert]"))).getText();
    }

    void awaitPath(String path) {
        wait.until(ExpectedConditions.urlToBe(baseUrl + path));
    }

    String mainText() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("main"))).getText();
    }

    WebDriverWait waiting() {
        return wait;
    }
}
