package io.admitone.admin.reports;

import io.admitone.admin.support.AdmitOneServerProcess;
import io.admitone.admin.support.BrowserAdminTest;
import io.admitone.admin.support.SalesFixture;
import io.admitone.admin.support.ServerApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.Duration;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The finance screens and the projections in a real browser, as finance and the platform admin see them. */
class FinanceInBrowserTest extends BrowserAdminTest {

    private static final Duration PROJECTED = Duration.ofSeconds(30);

    @Test
    void financeInspectsAnEventOfTheTrailVerifiesTheChainAndReadsTheSalesReport() {
        ServerApi.Staff owner = SERVER.newOrganisationWithMember("owner");
        SalesFixture sale = SalesFixture.onSale(SERVER, owner, "Gala");
        sale.order("Ada Buyer", SalesFixture.uniqueEmail("ada"), 2);
        awaitSold(owner);
        page.signIn(owner);

        page.visit("audit");
        cell("OrderPlaced");
        page.screenshot("audit");
        page.fieldLabelled("Event type").sendKeys("VenueCreated");
        page.button("Apply filters").click();
        page.waiting().until(ExpectedConditions.invisibilityOfElementLocated(
                By.xpath("//vaadin-grid-cell-content[normalize-space(.)='OrderPlaced']")));
        cell("VenueCreated").click();
        page.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//h3[.='Payload']")));
        assertThat(page.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("audit-event-metadata")))
                .getText()).contains("actor", "correlationId");
        page.screenshot("audit-event");
        page.button("Close").click();

        browser.findElement(By.xpath("//vaadin-tab[normalize-space(.)='Hash chain']")).click();
        page.button("Verify hash chain").click();
        page.waiting().until(ExpectedConditions.textMatches(By.id("audit-verify-result"),
                Pattern.compile("Verified: [1-9]\\d* events.*")));

        page.visit("reports");
        cell(sale.title());
        assertThat(cell("99.00").isDisplayed()).isTrue();
        page.screenshot("reports");
    }

    @Test
    void thePlatformAdminSeesTheProcessorsCaughtUp() {
        page.signIn(new ServerApi.Staff(null, AdmitOneServerProcess.ADMIN_EMAIL, AdmitOneServerProcess.ADMIN_PASSWORD));

        page.visit("projections");

        cell("audit-trail");
        assertThat(cell("ledger").isDisplayed()).isTrue();
        page.screenshot("projections");
    }

    private WebElement cell(String text) {
        return page.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + text + "']")));
    }

    /** Waits until the sale is in the sales report and the trail, which their projections write a moment later. */
    private static void awaitSold(ServerApi.Staff staff) {
        String token = SERVER.signIn(staff.email(), staff.password());
        String org = "/api/v1/orgs/" + staff.organisation();
        await().pollInSameThread().atMost(PROJECTED).until(() -> !SERVER.call("GET", org + "/reports/sales?groupBy=event", token, null)
                .path("lines").isEmpty()
                && !SERVER.call("GET", org + "/audit/events?type=OrderPlaced", token, null).path("items").isEmpty());
    }
}
