package io.admitone.admin;

import io.admitone.admin.catalog.CatalogFixture;
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
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An organiser's first session in a real browser against the real server: signs in, rearranges the dashboard (with
 * the keyboard: Chromium's HTML5 drag-and-drop cannot be driven through WebDriver) and finds it kept after a reload,
 * then sets up an event with a ticket type, publishes it, finds it in the list and watches seats held on the seat map.
 * It takes the pictures of docs/admin.md for these screens.
 */
class OrganiserInBrowserTest extends BrowserAdminTest {

    @Test
    void anOrganiserArrangesTheDashboardKeepsItOverAReloadAndSetsUpAndPublishesAnEvent() {
        ServerApi.Staff owner = SERVER.newOrganisationWithMember("owner");
        SalesFixture concert = SalesFixture.onSale(SERVER, owner, "Night of Strings");
        concert.order("Ada Buyer", SalesFixture.uniqueEmail("ada"), 2);
        concert.order("Ada Buyer", SalesFixture.uniqueEmail("ada"), 1);
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
        String availableAfterThreeSold = (SalesFixture.CAPACITY - 3) + " of " + SalesFixture.CAPACITY + " places available";
        page.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("availability-" + concert.performance()), availableAfterThreeSold));
        page.screenshot("dashboard");

        CatalogFixture catalog = new CatalogFixture(SERVER, owner);
        UUID venue = catalog.venue("Konzerthaus");
        page.visit("events");

        page.button("New event").click();
        page.fieldLabelled("Title").sendKeys("Winter Quartets");
        page.fieldLabelled("Venue").sendKeys("Konzerthaus");
        page.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.tagName("vaadin-combo-box-item")));
        page.fieldLabelled("Venue").sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        page.fieldLabelled("Tags").sendKeys("strings, winter");
        page.button("Create event").click();
        page.waiting().until(ExpectedConditions.urlMatches("/events/[0-9a-f-]{36}$"));
        UUID event = UUID.fromString(browser.getCurrentUrl().replaceAll(".*/events/", ""));

        page.button("Add ticket type").click();
        page.fieldLabelled("Name").sendKeys("Front stalls");
        page.fieldLabelled("Price").sendKeys("49.50");
        browser.findElement(By.id("ticket-type-place")).click();
        page.waiting().until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//vaadin-select-item[normalize-space(.)='Seats in price zone front']"))).click();
        page.button("Save ticket type").click();
        page.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("event-ticket-types"),
                "Front stalls"));

        UUID performance = catalog.performance(event);
        page.waiting().until(browser -> {
            browser.navigate().refresh();
            return page.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("event-performances")))
                    .getText().contains("Scheduled");
        });
        page.button("Publish").click();
        page.waiting().until(ExpectedConditions.textToBe(By.id("event-status"), "Published"));
        page.screenshot("event-detail");

        page.visit("events");
        page.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//vaadin-grid-cell-content[.//a[normalize-space(.)='Winter Quartets']]")));
        page.screenshot("events");
        page.fieldLabelled("Title contains").sendKeys("Winter Quartets");
        By listed = By.xpath("//vaadin-grid-cell-content[.//a[normalize-space(.)='Winter Quartets']]");
        page.waiting().until(ExpectedConditions.numberOfElementsToBe(listed, 1));

        UUID frontStalls = UUID.fromString(SERVER.call("GET", "/api/v1/orgs/" + owner.organisation() + "/events/"
                + event, catalog.token(), null).path("ticketTypes").path(0).path("id").asString());
        catalog.hold(new CatalogFixture.OnSale(event, performance, frontStalls), "A-1-3", "A-1-4");
        page.waiting().until(browser -> {
            page.visit("venues/" + venue + "?performance=" + performance);
            return page.waiting().until(ExpectedConditions.numberOfElementsToBe(
                    By.cssSelector("#venue-seat-map .seat"), 10)) != null
                    && browser.findElements(By.cssSelector("#venue-seat-map .seat.status-held")).size() == 2;
        });
        assertThat(page.mainText()).contains("free: 8", "held: 2");
        page.screenshot("venue-seat-map");
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
