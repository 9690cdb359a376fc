package io.admitone.admin.settings;

import io.admitone.admin.support.BrowserAdminTest;
import io.admitone.admin.support.ServerApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The integrator's and admin's screens in a real browser, with the pictures the admin guide shows. */
class SettingsInBrowserTest extends BrowserAdminTest {

    @Test
    void aSavedPrimaryColourColoursTheAdminAtOnce() {
        ServerApi.Staff owner = SERVER.newOrganisationWithMember("owner");
        String token = SERVER.signIn(owner.email(), owner.password());
        String organisation = "/api/v1/orgs/" + owner.organisation();
        SERVER.call("POST", organisation + "/webhooks", token, Map.of("url", "https://hooks.example.com/admitone",
                "eventTypes", List.of("order.*", "ticket.checked_in"), "description", "CRM sync"));
        SERVER.call("POST", organisation + "/api-keys", token, Map.of("name", "Box office sync", "kind", "secret",
                "roles", List.of("integrator", "analyst")));
        SERVER.call("POST", organisation + "/members", token, Map.of("email", "ada@example.com",
                "displayName", "Ada Lovelace", "roles", List.of("finance")));
        page.signIn(owner);

        showAndPhotograph("webhooks", "https://hooks.example.com/admitone");
        showAndPhotograph("api-keys", "Box office sync");
        showAndPhotograph("members", "Ada Lovelace");
        page.visit("settings");
        WebElement primaryColour = page.fieldLabelled("Primary colour");
        primaryColour.sendKeys("#aa3300");
        WebElement save = page.button("Save branding");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", save);
        save.click();

        page.waiting().until(browser -> "#aa3300".equals(primaryColourOfThePage()));
        assertThat(page.button("Save branding").getCssValue("background-color")).isEqualTo("rgba(170, 51, 0, 1)");
        page.screenshot("settings");
    }

    private void showAndPhotograph(String screen, String expectedText) {
        page.visit(screen);
        page.waiting().until(browser -> page.mainText().contains(expectedText));
        page.screenshot(screen);
    }

    private String primaryColourOfThePage() {
        return String.valueOf(((JavascriptExecutor) browser).executeScript(
                "return getComputedStyle(document.body).getPropertyValue('--lumo-primary-color').trim()"));
    }
}
