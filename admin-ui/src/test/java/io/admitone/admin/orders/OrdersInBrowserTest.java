package io.admitone.admin.orders;

import io.admitone.admin.support.BrowserAdminTest;
import io.admitone.admin.support.SalesFixture;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The box office in a real browser: finds an order, opens it, refunds it, and scans a ticket at the door. */
class OrdersInBrowserTest extends BrowserAdminTest {

    @Test
    void theBoxOfficeRefundsAnOrderAndScansAnotherAtTheDoor() {
        SalesFixture sales = SalesFixture.onSale(SERVER);
        SalesFixture.Order refunded = sales.order("Ada Lovelace", SalesFixture.uniqueEmail("ada"), 2);
        SalesFixture.Order admitted = sales.order("Grace Hopper", SalesFixture.uniqueEmail("grace"), 1);
        awaitFirstPage();
        page.signIn(sales.owner());

        page.visit("orders");
        WebElement buyer = visible(By.xpath("//a[contains(normalize-space(.), '" + refunded.buyerEmail() + "')]"));
        page.screenshot("orders");
        buyer.click();
        page.awaitPath("orders/" + refunded.orderId());
        visible(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + refunded.codes().get(0) + "']"));
        page.screenshot("order-detail");

        page.button("Refund…").click();
        page.fieldLabelled("Reason").sendKeys("The performance moved");
        page.button("Refund").click();
        visible(By.xpath("//span[contains(@class, 'order-status') and normalize-space(.)='Refunded']"));
        assertThat(sales.read(refunded.orderId()).path("status").asString()).isEqualTo("REFUNDED");

        page.visit("check-in");
        page.fieldLabelled("Performance").sendKeys("Night of Strings");
        page.fieldLabelled("Performance").sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        page.fieldLabelled("Ticket code").sendKeys(admitted.codes().get(0), Keys.ENTER);
        WebElement verdict = visible(By.id("check-in-result"));
        page.waiting().until(ExpectedConditions.textToBePresentInElement(verdict, "Admitted"));
        assertThat(page.fieldLabelled("Ticket code").getDomProperty("value")).isEmpty();
        page.screenshot("check-in");
    }

    /** The first page of a fresh admin UI may take longer than a page's usual wait on a busy machine. */
    private void awaitFirstPage() {
        page.visit("login");
        new WebDriverWait(browser, Duration.ofMinutes(2)).until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//label[normalize-space(.)='E-mail']")));
    }

    private WebElement visible(By locator) {
        return page.waiting().until(ExpectedConditions.visibilityOfElementLocated(locator));
    }
}
