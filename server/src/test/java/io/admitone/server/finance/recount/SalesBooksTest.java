package io.admitone.server.finance.recount;

import io.admitone.kernel.catalog.event.EventId;
import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.catalog.event.TicketTypeAdded;
import io.admitone.kernel.catalog.event.TicketTypeChanged;
import io.admitone.kernel.catalog.event.TicketTypeId;
import io.admitone.kernel.catalog.event.TicketTypeTerms;
import io.admitone.kernel.finance.PriceParts;
import io.admitone.kernel.inventory.PartitionId;
import io.admitone.kernel.money.Money;
import io.admitone.kernel.onsale.HoldId;
import io.admitone.kernel.onsale.OrderId;
import io.admitone.kernel.onsale.RefundId;
import io.admitone.kernel.onsale.hold.HoldLine;
import io.admitone.kernel.onsale.order.OrderConfirmed;
import io.admitone.kernel.onsale.order.OrderPlaced;
import io.admitone.kernel.onsale.order.OrderRefunded;
import io.admitone.kernel.onsale.order.OrderStatus;
import io.admitone.kernel.onsale.order.Payment;
import io.admitone.kernel.onsale.order.RefundOutcome;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.kernel.personaldata.BuyerKeyId;
import io.admitone.kernel.personaldata.SealedBuyer;
import io.admitone.query.finance.reports.SalesMovement;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The recount's books fed events by hand: terms in force at confirmation, refunds by what is left, tenants apart. */
class SalesBooksTest {

    private static final TenantId TENANT = TenantId.random();
    private static final EventId EVENT = new EventId(UUID.randomUUID());
    private static final PerformanceId PERFORMANCE = new PerformanceId(UUID.randomUUID());
    private static final TicketTypeId FLOOR = TicketTypeId.random();
    private static final TicketTypeId FRONT = TicketTypeId.random();
    private static final Instant PLACED = Instant.parse("2027-01-10T10:00:00Z");
    private static final Instant CONFIRMED = Instant.parse("2027-01-10T10:00:01Z");
    private static final Instant REFUNDED = Instant.parse("2027-01-20T12:00:00Z");

    private final List<SalesMovement> moved = new ArrayList<>();
    private final SalesBooks books = new SalesBooks(TENANT, moved::add);

    @Test
    void aSaleDividesEachPlaceUnderTheTermsInForceWhenTheOrderIsConfirmed() {
        books.on(new TicketTypeAdded(EVENT, TENANT, FLOOR, terms("50.00", "7", null), PLACED));
        OrderId order = place(FLOOR, FLOOR);
        books.on(new TicketTypeChanged(EVENT, TENANT, FLOOR, terms("50.00", "19", "2.00"), PLACED));
        confirm(order);

        assertThat(moved).containsExactly(new SalesMovement(CONFIRMED, EVENT.value(), PERFORMANCE.value(),
                FLOOR.value(), false, parts("80.68", "15.32", "4.00")));
    }

    @Test
    void aRefundTakesFromEachTicketTypeWhatItHasLeftInProportion() {
        books.on(new TicketTypeAdded(EVENT, TENANT, FLOOR, terms("50.00", "19", "2.00"), PLACED));
        books.on(new TicketTypeAdded(EVENT, TENANT, FRONT, new TicketTypeTerms("Front", eur("80.00"), null, "front",
                1, 10, null, null, true, new BigDecimal("7"), true, null, new BigDecimal("5")), PLACED));
        OrderId order = place(FLOOR, FLOOR, FRONT);
        confirm(order);
        refund(order, "18.00");
        refund(order, "50.00");

        assertThat(moved.subList(2, 6)).containsExactly(
                refund(FLOOR, "8.07", "1.53", "0.40"), refund(FRONT, "7.10", "0.50", "0.40"),
                refund(FLOOR, "22.41", "4.26", "1.11"), refund(FRONT, "19.73", "1.38", "1.11"));
    }

    @Test
    void anotherOrganisationsEventsMoveNothing() {
        TenantId other = TenantId.random();
        books.on(new TicketTypeAdded(EVENT, other, FLOOR, terms("50.00", "19", null), PLACED));
        books.on(placed(other, OrderId.random(), FLOOR));

        assertThat(moved).isEmpty();
    }

    private OrderId place(TicketTypeId... places) {
        OrderId order = OrderId.random();
        books.on(placed(TENANT, order, places));
        return order;
    }

    private static OrderPlaced placed(TenantId tenant, OrderId order, TicketTypeId... places) {
        List<HoldLine> lines = new ArrayList<>();
        Money total = Money.zero("EUR");
        for (TicketTypeId type : places) {
            Money price = eur(type.equals(FRONT) ? "80.00" : "50.00");
            lines.add(new HoldLine(type, null, price, new PartitionId(UUID.randomUUID())));
            total = total.plus(price);
        }
        return new OrderPlaced(order, tenant, EVENT, PERFORMANCE, HoldId.random(), new SealedBuyer(new BuyerKeyId(UUID.randomUUID()), "v1.sealed"),
                new Payment("test", "card-success"), lines, total, "digest", null, PLACED, null);
    }

    private void confirm(OrderId order) {
        books.on(new OrderConfirmed(order, TENANT, PERFORMANCE, eur("0.00"), List.of(), false, CONFIRMED));
    }

    private void refund(OrderId order, String amount) {
        books.on(new OrderRefunded(order, TENANT, PERFORMANCE, RefundId.random(), eur(amount), "goodwill", List.of(),
                List.of(), "test", new RefundOutcome("ref", true), OrderStatus.PARTIALLY_REFUNDED, REFUNDED));
    }

    private static SalesMovement refund(TicketTypeId type, String net, String tax, String fee) {
        return new SalesMovement(REFUNDED, EVENT.value(), PERFORMANCE.value(), type.value(), true,
                parts(net, tax, fee));
    }

    private static TicketTypeTerms terms(String price, String taxRate, String feeFixed) {
        return new TicketTypeTerms("Floor", eur(price), "Floor", null, 1, 10, null, null, true,
                new BigDecimal(taxRate), true, feeFixed == null ? null : eur(feeFixed), null);
    }

    private static PriceParts parts(String net, String tax, String fee) {
        return new PriceParts(eur(net), eur(tax), eur(fee));
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }
}
