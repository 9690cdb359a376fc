package io.admitone.command.onsale.order;

import io.admitone.command.onsale.payment.PaymentProvider;
import io.admitone.command.onsale.payment.PaymentProviders;
import io.admitone.command.secrets.SecretTokens;
import io.admitone.kernel.Digests;
import io.admitone.kernel.catalog.event.EventId;
import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.catalog.event.TicketTypeId;
import io.admitone.kernel.money.Money;
import io.admitone.kernel.onsale.HoldId;
import io.admitone.kernel.onsale.OrderId;
import io.admitone.kernel.onsale.hold.HoldLine;
import io.admitone.kernel.onsale.order.Buyer;
import io.admitone.kernel.onsale.order.ConfirmPaymentCommand;
import io.admitone.kernel.onsale.order.IssuedTicket;
import io.admitone.kernel.onsale.order.MarkOrderPaidCommand;
import io.admitone.kernel.onsale.order.OrderConfirmed;
import io.admitone.kernel.onsale.order.OrderPaymentFailed;
import io.admitone.kernel.onsale.order.OrderPlaced;
import io.admitone.kernel.onsale.order.OrderStatus;
import io.admitone.kernel.onsale.order.Payment;
import io.admitone.kernel.onsale.order.PaymentOutcome;
import io.admitone.kernel.onsale.order.PlaceOrderCommand;
import io.admitone.kernel.organisation.TenantId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.UUID;

class OrderTest {

    static final Instant NOW = Instant.parse("2027-03-01T19:30:00Z");
    static final TenantId TENANT = TenantId.of("3b0a3f7e-1c55-4d0e-9d0a-6c9f0d2b7a11");
    private static final EventId EVENT = EventId.of("1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b");
    static final PerformanceId PERFORMANCE = PerformanceId.of("2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d");
    private static final HoldId HOLD = HoldId.of("7d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6");
    static final OrderId ORDER = OrderId.of("5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d");
    static final TicketTypeId FLOOR = TicketTypeId.of("0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9");
    static final TicketTypeId FRONT = TicketTypeId.of("1c2d3e4f-5061-4728-93a4-b5c6d7e8f90a");
    private static final List<HoldLine> LINES = List.of(new HoldLine(FLOOR, null, Money.of("49.50", "EUR")),
            new HoldLine(FRONT, "A-1-1", Money.of("89.00", "EUR")));
    private static final Money TOTAL = Money.of("138.50", "EUR");
    private static final Buyer BUYER = new Buyer("Ada Buyer", "ada@example.org");
    private static final String TOKEN = "the-order-token";
    private static final long SEED = 42;

    private final AggregateTestFixture<Order> fixture = new AggregateTestFixture<>(Order.class);

    @BeforeEach
    void atAFixedTimeWithPredictableCodes() {
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource(new SecretTokens(new Random(SEED)));
        fixture.registerInjectableResource(new PaymentProviders(List.of(
                new ConfirmingWith("test", PaymentOutcome.settled()),
                new ConfirmingWith("pending-forever", PaymentOutcome.pending("confirm-payment")))));
    }

    @Test
    void aSettledPaymentConfirmsTheOrderWithOneTicketPerPlace() {
        fixture.givenNoPriorActivity()
                .when(place("test", "card-success", PaymentOutcome.settled()))
                .expectSuccessfulHandlerExecution()
                .expectEvents(placed("test", "card-success", null), confirmed(false));
    }

    @Test
    void aFailedPaymentEndsTheOrderWithoutTickets() {
        fixture.givenNoPriorActivity()
                .when(place("test", "card-declined", PaymentOutcome.failed("card declined")))
                .expectEvents(placed("test", "card-declined", null),
                        new OrderPaymentFailed(ORDER, TENANT, PERFORMANCE, "card declined", NOW));
    }

    @Test
    void aPaymentThatNeedsTheBuyersActionAwaitsIt() {
        fixture.givenNoPriorActivity()
                .when(place("test", "card-requires-action", PaymentOutcome.pending("confirm-payment")))
                .expectEvents(placed("test", "card-requires-action", "confirm-payment"));
    }

    @Test
    void theBuyerConfirmsAPendingPaymentWithTheOrdersToken() {
        fixture.given(placed("test", "card-requires-action", "confirm-payment"))
                .when(new ConfirmPaymentCommand(ORDER, TENANT, Digests.sha256Hex(TOKEN)))
                .expectEvents(confirmed(false))
                .expectResultMessagePayload(OrderStatus.CONFIRMED);
    }

    @Test
    void aWrongOrderTokenFindsNoOrder() {
        fixture.given(placed("test", "card-requires-action", "confirm-payment"))
                .when(new ConfirmPaymentCommand(ORDER, TENANT, Digests.sha256Hex("guessed")))
                .expectNoEvents()
                .expectException(Rejections.OrderNotFound.class);
    }

    @Test
    void anotherOrganisationFindsNoOrder() {
        fixture.given(placed("offline", "bank-transfer", null))
                .when(new MarkOrderPaidCommand(ORDER, TenantId.random()))
                .expectNoEvents()
                .expectException(Rejections.OrderNotFound.class);
    }

    @Test
    void anOrderAwaitingNoBuyerActionHasNothingToConfirm() {
        fixture.given(placed("offline", "bank-transfer", null))
                .when(new ConfirmPaymentCommand(ORDER, TENANT, Digests.sha256Hex(TOKEN)))
                .expectNoEvents()
                .expectException(Rejections.NothingToConfirm.class);
    }

    @Test
    void aConfirmedOrderHasNothingToConfirm() {
        fixture.given(placed("test", "card-requires-action", "confirm-payment"), confirmed(false))
                .when(new ConfirmPaymentCommand(ORDER, TENANT, Digests.sha256Hex(TOKEN)))
                .expectNoEvents()
                .expectException(Rejections.NothingToConfirm.class);
    }

    @Test
    void aPaymentTheProviderDoesNotSettleLeavesTheOrderAwaiting() {
        fixture.given(placed("pending-forever", "card", "confirm-payment"))
                .when(new ConfirmPaymentCommand(ORDER, TENANT, Digests.sha256Hex(TOKEN)))
                .expectNoEvents()
                .expectException(Rejections.PaymentNotSettled.class);
    }

    @Test
    void staffMarkAnOfflineOrderPaid() {
        fixture.given(placed("offline", "bank-transfer", null))
                .when(new MarkOrderPaidCommand(ORDER, TENANT))
                .expectEvents(confirmed(true))
                .expectResultMessagePayload(OrderStatus.CONFIRMED);
    }

    @Test
    void aConfirmedOrderCannotBeMarkedPaid() {
        fixture.given(placed("test", "card-success", null), confirmed(false))
                .when(new MarkOrderPaidCommand(ORDER, TENANT))
                .expectNoEvents()
                .expectException(Rejections.NotAwaitingPayment.class);
    }

    @Test
    void anOrderWhosePaymentFailedCannotBeMarkedPaid() {
        fixture.given(placed("test", "card-declined", null),
                        new OrderPaymentFailed(ORDER, TENANT, PERFORMANCE, "card declined", NOW))
                .when(new MarkOrderPaidCommand(ORDER, TENANT))
                .expectNoEvents()
                .expectException(Rejections.NotAwaitingPayment.class);
    }

    private static PlaceOrderCommand place(String provider, String method, PaymentOutcome outcome) {
        return new PlaceOrderCommand(ORDER, TENANT, EVENT, PERFORMANCE, HOLD, BUYER, new Payment(provider, method),
                LINES, TOTAL, Digests.sha256Hex(TOKEN), outcome);
    }

    static OrderPlaced placed(String provider, String method, String nextAction) {
        return new OrderPlaced(ORDER, TENANT, EVENT, PERFORMANCE, HOLD, BUYER, new Payment(provider, method), LINES,
                TOTAL, Digests.sha256Hex(TOKEN), nextAction, NOW);
    }

    /** The codes the fixture's seeded tokens give, in the order the places are listed. */
    static OrderConfirmed confirmed(boolean byStaff) {
        SecretTokens codes = new SecretTokens(new Random(SEED));
        return new OrderConfirmed(ORDER, TENANT, PERFORMANCE, TOTAL, List.of(
                new IssuedTicket(ticketId(0), FLOOR, null, codes.newToken()),
                new IssuedTicket(ticketId(1), FRONT, "A-1-1", codes.newToken())), byStaff, NOW);
    }

    static UUID ticketId(int place) {
        return UUID.nameUUIDFromBytes((ORDER + "#" + place).getBytes(StandardCharsets.UTF_8));
    }

    /** A provider whose confirmation answers the same outcome each time. */
    private record ConfirmingWith(String name, PaymentOutcome outcome) implements PaymentProvider {
        @Override
        public void checkMethod(String method) {
        }

        @Override
        public PaymentOutcome start(PaymentRequest request) {
            return outcome;
        }

        @Override
        public PaymentOutcome confirm(PaymentRequest request) {
            return outcome;
        }
    }
}
