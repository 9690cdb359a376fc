package io.admitone.admin.orders;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import io.admitone.admin.support.BrowserlessAdminTest;
import io.admitone.admin.support.SalesFixture;
import io.admitone.admin.support.ServerApi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class OrderDetailViewTest extends BrowserlessAdminTest {

    private static SalesFixture sales;

    @BeforeAll
    static void sellTickets() {
        sales = SalesFixture.onSale(SERVER);
    }

    @Test
    void theDetailShowsTheBuyerAndTheOrdersTickets() {
        SalesFixture.Order order = sales.order("Ada Lovelace", SalesFixture.uniqueEmail("ada"), 2);

        open(order, sales.owner());

        assertThat(find(Span.class).id("order-buyer").getText()).isEqualTo("Ada Lovelace <" + order.buyerEmail() + ">");
        assertThat(shownStatus()).isEqualTo("Confirmed");
        Grid<OrderTicket> tickets = ticketsGrid();
        assertThat(IntStream.range(0, test(tickets).size()).mapToObj(row -> test(tickets).getRow(row).code()))
                .containsExactlyInAnyOrderElementsOf(order.codes());
        assertThat(test(tickets).getCellText(0, 1)).isEqualTo("Floor");
        assertThat(test(tickets).getCellText(0, 2)).isEqualTo("Standing");
    }

    @Test
    void aFullRefundShowsTheOrderRefunded() {
        SalesFixture.Order order = sales.order("Full Refund", SalesFixture.uniqueEmail("full"), 2);
        open(order, sales.owner());

        refund("Everything left (99.00 EUR)", "Event moved");

        JsonNode read = sales.read(order.orderId());
        assertThat(read.path("status").asString()).isEqualTo("REFUNDED");
        assertThat(read.path("refunded").path("amount").asString()).isEqualTo("99.00");
        assertThat(read.path("tickets").findValuesAsString("status")).containsOnly("VOID");
        assertThat(shownStatus()).isEqualTo("Refunded");
        assertThat(find(Span.class).id("order-refunded").getText()).isEqualTo("99.00 EUR");
    }

    @Test
    void aPartialRefundByAmountShowsTheOrderPartlyRefunded() {
        SalesFixture.Order order = sales.order("Part Refund", SalesFixture.uniqueEmail("part"), 2);
        open(order, sales.owner());
        test(find(Button.class).id("order-refund")).click();
        test(find(RadioButtonGroup.class).id("refund-kind")).selectItem("An amount");
        test(find(BigDecimalField.class).id("refund-amount")).setValue(new BigDecimal("10.00"));

        confirmWithReason("Goodwill");

        JsonNode read = sales.read(order.orderId());
        assertThat(read.path("status").asString()).isEqualTo("PARTIALLY_REFUNDED");
        assertThat(read.path("refunded").path("amount").asString()).isEqualTo("10.00");
        assertThat(read.path("tickets").findValuesAsString("status")).containsOnly("VALID");
        assertThat(shownStatus()).isEqualTo("Partly refunded");
    }

    @Test
    void aRefundOfOneTicketVoidsItAtItsPrice() {
        SalesFixture.Order order = sales.order("Ticket Refund", SalesFixture.uniqueEmail("ticket"), 2);
        open(order, sales.owner());
        test(find(Button.class).id("order-refund")).click();
        test(find(RadioButtonGroup.class).id("refund-kind")).selectItem("Tickets");
        @SuppressWarnings("unchecked")
        CheckboxGroup<OrderTicket> tickets = find(CheckboxGroup.class).id("refund-tickets");
        OrderTicket first = tickets.getListDataView().getItem(0);
        tickets.setValue(Set.of(first));

        confirmWithReason("Cannot come");

        JsonNode read = sales.read(order.orderId());
        assertThat(read.path("status").asString()).isEqualTo("PARTIALLY_REFUNDED");
        assertThat(read.path("refunded").path("amount").asString()).isEqualTo("49.50");
        for (JsonNode ticket : read.path("tickets")) {
            boolean refunded = ticket.path("ticketId").asString().equals(first.ticketId().toString());
            assertThat(ticket.path("status").asString()).isEqualTo(refunded ? "VOID" : "VALID");
        }
    }

    @Test
    void aRefundOfMoreThanWasPaidShowsTheServersMessageAtTheAmount() {
        SalesFixture.Order order = sales.order("Over Refund", SalesFixture.uniqueEmail("over"), 1);
        open(order, sales.owner());
        test(find(Button.class).id("order-refund")).click();
        test(find(RadioButtonGroup.class).id("refund-kind")).selectItem("An amount");
        BigDecimalField amount = find(BigDecimalField.class).id("refund-amount");
        test(amount).setValue(new BigDecimal("1000.00"));

        confirmWithReason("Too generous");

        assertThat(amount.isInvalid()).isTrue();
        assertThat(amount.getErrorMessage()).isNotBlank().doesNotContain("HTTP");
        assertThat(amount.isAttached()).as("the dialog stays open to correct the amount").isTrue();
        assertThat(sales.read(order.orderId()).path("status").asString()).isEqualTo("CONFIRMED");
    }

    @Test
    void cancellingWithAReasonCancelsTheOrder() {
        SalesFixture.Order order = sales.order("Cancel Me", SalesFixture.uniqueEmail("cancel"), 1);
        open(order, sales.owner());
        test(find(Button.class).id("order-cancel")).click();

        confirmWithReason("Bought twice by mistake");

        JsonNode read = sales.read(order.orderId());
        assertThat(read.path("status").asString()).isEqualTo("CANCELLED");
        assertThat(read.path("refunded").path("amount").asString()).isEqualTo("49.50");
        assertThat(shownStatus()).isEqualTo("Cancelled");
        assertThat(find(Button.class).withId("order-cancel").exists()).isFalse();
    }

    @Test
    void cancellingWithoutAReasonSendsNothing() {
        SalesFixture.Order order = sales.order("Keep Me", SalesFixture.uniqueEmail("keep"), 1);
        open(order, sales.owner());
        test(find(Button.class).id("order-cancel")).click();

        test(find(Button.class).id("order-action-confirm")).click();

        assertThat(find(TextField.class).id("order-action-reason").isInvalid()).isTrue();
        assertThat(sales.read(order.orderId()).path("status").asString()).isEqualTo("CONFIRMED");
    }

    @Test
    void markingAnOrderAwaitingCashPaidConfirmsItAndIssuesItsTickets() {
        SalesFixture.Order order = sales.offlineOrder("Cash Buyer", SalesFixture.uniqueEmail("cash"), 2);
        open(order, sales.owner());
        assertThat(shownStatus()).isEqualTo("Awaiting payment");
        assertThat(find(Button.class).withId("order-refund").exists()).isFalse();

        test(find(Button.class).id("order-mark-paid")).click();

        assertThat(sales.read(order.orderId()).path("status").asString()).isEqualTo("CONFIRMED");
        assertThat(shownStatus()).isEqualTo("Confirmed");
        assertThat(test(ticketsGrid()).size()).isEqualTo(2);
        assertThat(find(Button.class).withId("order-mark-paid").exists()).isFalse();
    }

    @Test
    void anAnalystSeesTheOrderButNoWayToChangeIt() {
        SalesFixture.Order order = sales.order("Read Only", SalesFixture.uniqueEmail("read"), 1);

        open(order, sales.member("analyst"));

        assertThat(test(ticketsGrid()).size()).isEqualTo(1);
        assertThat(find(Button.class).all().stream().map(Button::getText).toList())
                .doesNotContain("Refund…", "Cancel order…", "Mark paid");
    }

    private void open(SalesFixture.Order order, ServerApi.Staff staff) {
        signIn(staff);
        navigate(OrderDetailView.class, Map.of(OrderDetailView.ORDER_ID, order.orderId().toString()));
    }

    private void refund(String kind, String reason) {
        test(find(Button.class).id("order-refund")).click();
        test(find(RadioButtonGroup.class).id("refund-kind")).selectItem(kind);
        confirmWithReason(reason);
    }

    private void confirmWithReason(String reason) {
        test(find(TextField.class).id("order-action-reason")).setValue(reason);
        test(find(Button.class).id("order-action-confirm")).click();
    }

    private String shownStatus() {
        return find(Span.class).withClassName("order-status").single().getText();
    }

    @SuppressWarnings("unchecked")
    private Grid<OrderTicket> ticketsGrid() {
        return find(Grid.class).id("order-tickets");
    }
}
