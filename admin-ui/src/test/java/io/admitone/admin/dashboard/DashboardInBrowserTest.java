package io.admitone.admin.dashboard;

import io.admitone.admin.support.BrowserAdminTest;
import io.admitone.admin.support.SalesFixture;
import io.admitone.admin.support.ServerApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The dashboard in a real browser: rearranged with the keyboard (Chromium's HTML5 drag-and-drop cannot be driven
 * through WebDriver), kept over a reload.
 */
class DashboardInBrowserTest extends BrowserAdminTest {

    @Test
    void aBoardRearrangedWithTheKeyboardIsTheSameAfterAReload() {
        ServerApi.Staff owner = SERVER.newOrganisationWithMember("owner");
        SalesFixture concert = SalesFixture.onSale(SERVER, owner, "Night of Strings");
        concert.sell(2);
        concert.sell(1);
        page.signIn(owner);
        page.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("availability-" + concert.performance()), "places available"));
        assertThat(widgetsInOrder()).containsExactly("sales-today", "sales-over-time", "live-availability",
                "recent-orders", "webhook-failures", "system-health");

        controlLabelled("Move Recent orders earlier").sendKeys(Keys.ENTER);
        await().atMost(SalesFixture.PROJECTED).until(() -> widgetsInOrder().indexOf("recent-orders") == 2);
        controlLabelled("Move Recent orders earlier").sendKeys(Keys.ENTER);
        await().atMost(SalesFixture.PROJECTED).until(() -> widgetsInOrder().indexOf("recent-orders") == 1);
        controlLabelled("Remove Webhook failures").sendKeys(Keys.ENTER);
        await().atMost(SalesFixture.PROJECTED).until(() -> !widgetsInOrder().contains("webhook-failures"));

        browser.navigate().refresh();
        page.awaitPath("dashboard");

        page.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("widget-recent-orders")));
        assertThat(widgetsInOrder()).containsExactly("sales-today", "recent-orders", "sales-over-time",
                "live-availability", "system-health");
        page.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("availability-" + concert.performance()), "537 of 540 places available"));
        page.screenshot("dashboard");
    }

    private WebElement controlLabelled(String label) {
        return page.waiting().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-button[aria-label='" + label + "']")));
    }

    /** The widgets' types in the order of the page, read at once, as the board may be redrawing. */
    @SuppressWarnings("unchecked")
    private List<String> widgetsInOrder() {
        return ((List<String>) ((JavascriptExecutor) browser).executeScript(
                "return Array.from(document.querySelectorAll('section.dashboard-widget')).map(w => w.id)"))
                .stream().map(id -> id.substring("widget-".length())).toList();
    }
}
