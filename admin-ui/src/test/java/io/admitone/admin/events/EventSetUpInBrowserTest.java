package io.admitone.admin.events;

import io.admitone.admin.catalog.CatalogFixture;
import io.admitone.admin.support.BrowserAdminTest;
import io.admitone.admin.support.ServerApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class EventSetUpInBrowserTest extends BrowserAdminTest {

    @Test
    void anOwnerSetsUpAnEventWithATicketTypePublishesItAndFindsItInTheList() {
        ServerApi.Staff owner = SERVER.newOrganisationWithMember("owner");
        CatalogFixture catalog = new CatalogFixture(SERVER, owner);
        UUID venue = catalog.venue("Konzerthaus");
        page.signIn(owner);
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
        page.fieldLabelled("Title contains").sendKeys("Winter Quartets");
        By listed = By.xpath("//vaadin-grid-cell-content[.//a[normalize-space(.)='Winter Quartets']]");
        page.waiting().until(ExpectedConditions.numberOfElementsToBe(listed, 1));
        assertThat(browser.findElements(By.xpath("//vaadin-grid-cell-content[.//span[normalize-space(.)='Published']]")))
                .hasSize(1);
        page.screenshot("events");

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
}
