package io.admitone.command.onsale.order;

import io.admitone.command.onsale.payment.ContributedPaymentProviders;
import io.admitone.command.onsale.payment.PaymentProvider;
import io.admitone.command.onsale.payment.PaymentProviders;
import io.admitone.command.secrets.SecretTokens;
import io.admitone.kernel.Digests;
import io.admitone.kernel.catalog.event.EventId;
import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.catalog.event.TicketTypeId;
import io.admitone.kernel.inventory.PartitionId;
import io.admitone.kernel.money.Money;
import io.admitone.kernel.onsale.HoldId;
import io.admitone.kernel.onsale.OrderId;
import io.admitone.kernel.onsale.RefundId;
import io.admitone.kernel.onsale.hold.HoldLine;
import io.admitone.kernel.onsale.order.CancelOrderCommand;
import io.admitone.kernel.onsale.order.ConfirmPaymentCommand;
import io.admitone.kernel.onsale.order.ExpireUnpaidOrderCommand;
import io.admitone.kernel.onsale.order.IssuedTicket;
import io.admitone.kernel.onsale.order.MarkOrderPaidCommand;
import io.admitone.kernel.onsale.order.OrderCancelled;
import io.admitone.kernel.onsale.order.OrderConfirmed;
import io.admitone.kernel.onsale.order.OrderExpired;
import io.admitone.kernel.onsale.order.OrderPaymentFailed;
import io.admitone.kernel.onsale.order.OrderPlace;
import io.admitone.kernel.onsale.order.OrderPlaced;
import io.admitone.kernel.onsale.order.OrderRefunded;
import io.admitone.kernel.onsale.order.OrderStatus;
import io.admitone.kernel.onsale.order.Payment;
import io.admitone.kernel.onsale.order.PaymentOutcome;
import io.admitone.kernel.onsale.order.PlaceOrderCommand;
import io.admitone.kernel.onsale.order.RefundOrderCommand;
import io.admitone.kernel.onsale.order.RefundOutcome;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.kernel.personaldata.BuyerKeyId;
import io.admitone.kernel.personaldata.SealedBuyer;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
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
    private static final PartitionId SLICE = PartitionId.of(PERFORMANCE, "Floor#0");
    private static final PartitionId SECTION = PartitionId.of(PERFORMANCE, "A");
    private static final List<HoldLine> LINES = List.of(new HoldLine(FLOOR, null, Money.of("49.50", "EUR"), SLICE),
            new HoldLine(FRONT, "A-1-1", Money.of("89.00", "EUR"), SECTION));
    static final List<OrderPlace> PLACES = List.of(new OrderPlace(SLICE, ticketId(0), null),
            new OrderPlace(SECTION, ticketId(1), "A-1-1"));
    private static final Instant ACTION_DUE = NOW.plus(Duration.ofMinutes(15));
    private static final Instant OFFLINE_DUE = NOW.plus(Duration.ofDays(3));
    private static final RefundId REFUND = RefundId.of("6b7c8d9e-0f1a-4b2c-9d3e-4f5a6b7c8d9e");
    private static final String REASON = "the show moved";
    private static final Money TOTAL = Money.of("138.50", "EUR");
    private static final SealedBuyer BUYER = new SealedBuyer(BuyerKeyId.random(), "v1.c2VhbGVk");
    private static final String TOKEN = "the-order-token";
    private static final long SEED = 42;

    private final AggregateTestFixture<Order> fixture = new AggregateTestFixture<>(Order.class);

    @BeforeEach
    void atAFixedTimeWithPredictableCodes() {
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource(new SecretTokens(new Random(SEED)));
        fixture.registerInjectableResource(new PaymentProviders(List.of(
                new ConfirmingWith("test", PaymentOutcome.settled()),
                new ConfirmingWith("pending-forever", PaymentOutcome.pending("confirm-payment"))),
                ContributedPaymentProviders.NONE));
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
                .expectEvents(placed("test", "card-requires-action", "confirm-payment"))
                .expectScheduledDeadline(ACTION_DUE, new PaymentDue(ORDER));
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

    @Test
    void aPaymentNotActedOnByItsDueDateExpiresTheOrderAndGivesItsPlacesBack() {
        fixture.givenCommands(place("test", "card-requires-action", PaymentOutcome.pending("confirm-payment")))
                .whenTimeAdvancesTo(ACTION_DUE)
                .expectEvents(new OrderExpired(ORDER, TENANT, PERFORMANCE, PLACES, ACTION_DUE, NOW));
    }

    @Test
    void anOrderLeftForStaffToSettleHasNoDeadlineOfItsOwn() {
        fixture.givenNoPriorActivity()
                .when(place("offline", "bank-transfer", PaymentOutcome.pending(null)))
                .expectEvents(placed("offline", "bank-transfer", null))
                .expectNoScheduledDeadlines();
    }

    @Test
    void anUnpaidOrderPastItsDueDateExpiresWhenTheJobFindsItAndGivesItsPlacesBack() {
        Instant due = NOW.minus(Duration.ofMinutes(1));
        fixture.given(placedDue(due))
                .when(new ExpireUnpaidOrderCommand(ORDER, TENANT))
                .expectEvents(new OrderExpired(ORDER, TENANT, PERFORMANCE, PLACES, due, NOW))
                .expectResultMessagePayload(true);
    }

    @Test
    void anUnpaidOrderNotYetDueStays() {
        fixture.given(placed("offline", "bank-transfer", null))
                .when(new ExpireUnpaidOrderCommand(ORDER, TENANT))
                .expectNoEvents()
                .expectResultMessagePayload(false);
    }

    @Test
    void anOrderPaidBeforeItsDueDateDoesNotExpire() {
        fixture.given(placedDue(NOW.minus(Duration.ofMinutes(1))), confirmed(true))
                .when(new ExpireUnpaidOrderCommand(ORDER, TENANT))
                .expectNoEvents()
                .expectResultMessagePayload(false);
    }

    @Test
    void anOrderOfAnotherOrganisationIsNotFoundToExpire() {
        fixture.given(placedDue(NOW.minus(Duration.ofMinutes(1))))
                .when(new ExpireUnpaidOrderCommand(ORDER, TenantId.of(UUID.randomUUID().toString())))
                .expectNoEvents()
                .expectException(Rejections.OrderNotFound.class);
    }

    @Test
    void anExpiredOrderCannotBeMarkedPaid() {
        fixture.given(placed("offline", "bank-transfer", null),
                        new OrderExpired(ORDER, TENANT, PERFORMANCE, PLACES, OFFLINE_DUE, OFFLINE_DUE))
                .when(new MarkOrderPaidCommand(ORDER, TENANT))
                .expectNoEvents()
                .expectException(Rejections.OrderPastDue.class);
    }

    @Test
    void aPaymentPastItsDueDateCannotBeConfirmedEvenBeforeTheDeadlineRan() {
        fixture.given(new OrderPlaced(ORDER, TENANT, EVENT, PERFORMANCE, HOLD, BUYER,
                        new Payment("test", "card-requires-action"), LINES, TOTAL, Digests.sha256Hex(TOKEN),
                        "confirm-payment", NOW.minus(Duration.ofMinutes(20)), NOW.minus(Duration.ofMinutes(5))))
                .when(new ConfirmPaymentCommand(ORDER, TENANT, Digests.sha256Hex(TOKEN)))
                .expectNoEvents()
                .expectException(Rejections.OrderPastDue.class);
    }

    @Test
    void cancellingAnUnpaidOrderGivesItsPlacesBack() {
        fixture.given(placed("offline", "bank-transfer", null))
                .when(new CancelOrderCommand(ORDER, TENANT, REASON))
                .expectEvents(new OrderCancelled(ORDER, TENANT, PERFORMANCE, REASON, PLACES, NOW))
                .expectResultMessagePayload(OrderStatus.CANCELLED);
    }

    @Test
    void cancellingAPaidOrderRefundsWhatIsLeftAndVoidsEveryValidTicket() {
        RefundId cancellation = new RefundId(UUID.nameUUIDFromBytes((ORDER + "#cancel")
                .getBytes(StandardCharsets.UTF_8)));
        fixture.given(placed("test", "card-success", null), confirmed(false),
                        refunded(REFUND, "49.50", PLACES.subList(0, 1), OrderStatus.PARTIALLY_REFUNDED))
                .when(new CancelOrderCommand(ORDER, TENANT, REASON))
                .expectEvents(refunded(cancellation, "89.00", PLACES.subList(1, 2), OrderStatus.REFUNDED),
                        new OrderCancelled(ORDER, TENANT, PERFORMANCE, REASON, List.of(), NOW))
                .expectResultMessagePayload(OrderStatus.CANCELLED);
    }

    @Test
    void anOrderWhosePaymentFailedCannotBeCancelled() {
        fixture.given(placed("test", "card-declined", null),
                        new OrderPaymentFailed(ORDER, TENANT, PERFORMANCE, "card declined", NOW))
                .when(new CancelOrderCommand(ORDER, TENANT, REASON))
                .expectNoEvents()
                .expectException(Rejections.NotCancellable.class);
    }

    @Test
    void refundingTicketsVoidsThemAndPaysBackTheirPrices() {
        fixture.given(placed("test", "card-success", null), confirmed(false))
                .when(refund(null, ticketId(1)))
                .expectEvents(refunded(REFUND, "89.00", PLACES.subList(1, 2), OrderStatus.PARTIALLY_REFUNDED))
                .expectResultMessagePayload(new RefundResult(REFUND, Money.of("89.00", "EUR"),
                        List.of(ticketId(1)), OrderStatus.PARTIALLY_REFUNDED));
    }

    @Test
    void refundingEveryTicketRefundsTheOrderFully() {
        fixture.given(placed("test", "card-success", null), confirmed(false))
                .when(refund(null, ticketId(0), ticketId(1)))
                .expectEvents(refunded(REFUND, "138.50", PLACES, OrderStatus.REFUNDED));
    }

    @Test
    void anAmountAlonePaysMoneyBackAndVoidsNoTicket() {
        fixture.given(placed("test", "card-success", null), confirmed(false))
                .when(refund(Money.of("10.00", "EUR")))
                .expectEvents(refunded(REFUND, "10.00", List.of(), OrderStatus.PARTIALLY_REFUNDED));
    }

    @Test
    void aRefundOfMoreThanIsLeftIsRejected() {
        fixture.given(placed("test", "card-success", null), confirmed(false),
                        refunded(REFUND, "100.00", List.of(), OrderStatus.PARTIALLY_REFUNDED))
                .when(refund(Money.of("40.00", "EUR")))
                .expectNoEvents()
                .expectException(Rejections.RefundExceedsRemaining.class);
    }

    @Test
    void aFullyRefundedOrderCannotBeRefundedAgain() {
        fixture.given(placed("test", "card-success", null), confirmed(false),
                        refunded(REFUND, "138.50", PLACES, OrderStatus.REFUNDED))
                .when(refund(Money.of("1.00", "EUR")))
                .expectNoEvents()
                .expectException(Rejections.NotRefundable.class);
    }

    @Test
    void anUnpaidOrderCannotBeRefunded() {
        fixture.given(placed("offline", "cash", null))
                .when(refund(Money.of("1.00", "EUR")))
                .expectNoEvents()
                .expectException(Rejections.NotRefundable.class);
    }

    @Test
    void aTicketOfAnotherOrderIsRejected() {
        fixture.given(placed("test", "card-success", null), confirmed(false))
                .when(refund(null, UUID.randomUUID()))
                .expectNoEvents()
                .expectException(Rejections.TicketNotInOrder.class);
    }

    @Test
    void aVoidTicketCannotBeRefundedAgain() {
        fixture.given(placed("test", "card-success", null), confirmed(false),
                        refunded(REFUND, "49.50", PLACES.subList(0, 1), OrderStatus.PARTIALLY_REFUNDED))
                .when(refund(null, ticketId(0)))
                .expectNoEvents()
                .expectException(Rejections.TicketAlreadyVoid.class);
    }

    @Test
    void aRefundInAnotherCurrencyIsRejected() {
        fixture.given(placed("test", "card-success", null), confirmed(false))
                .when(refund(Money.of("10.00", "USD")))
                .expectNoEvents()
                .expectException(Rejections.RefundCurrencyMismatch.class);
    }

    @Test
    void aRefundWithNeitherTicketsNorAmountIsRejected() {
        fixture.given(placed("test", "card-success", null), confirmed(false))
                .when(refund(null))
                .expectNoEvents()
                .expectException(Rejections.InvalidRefund.class);
    }

    private static PlaceOrderCommand place(String provider, String method, PaymentOutcome outcome) {
        Instant dueAt = outcome.kind() != PaymentOutcome.Kind.PENDING ? null
                : outcome.nextAction() == null ? OFFLINE_DUE : ACTION_DUE;
        return new PlaceOrderCommand(ORDER, TENANT, EVENT, PERFORMANCE, HOLD, BUYER, new Payment(provider, method),
                LINES, TOTAL, Digests.sha256Hex(TOKEN), outcome, dueAt);
    }

    /** Placed as {@link #place} places it: an offline order is due later than one awaiting the buyer's action. */
    static OrderPlaced placed(String provider, String method, String nextAction) {
        Instant dueAt = provider.equals("offline") ? OFFLINE_DUE : nextAction != null ? ACTION_DUE : null;
        return new OrderPlaced(ORDER, TENANT, EVENT, PERFORMANCE, HOLD, BUYER, new Payment(provider, method), LINES,
                TOTAL, Digests.sha256Hex(TOKEN), nextAction, NOW, dueAt);
    }

    /** An order left for staff to settle, placed three days before it was due at {@code due}. */
    private static OrderPlaced placedDue(Instant due) {
        return new OrderPlaced(ORDER, TENANT, EVENT, PERFORMANCE, HOLD, BUYER, new Payment("offline", "bank-transfer"),
                LINES, TOTAL, Digests.sha256Hex(TOKEN), null, due.minus(Duration.ofDays(3)), due);
    }

    static OrderRefunded refunded(RefundId refundId, String amount, List<OrderPlace> places,
                                          OrderStatus status) {
        return new OrderRefunded(ORDER, TENANT, PERFORMANCE, refundId, Money.of(amount, "EUR"), REASON,
                places.stream().map(OrderPlace::ticketId).toList(), places, "test",
                new RefundOutcome("test-ref-" + refundId, true), status, NOW);
    }

    private static RefundOrderCommand refund(Money amount, UUID... tickets) {
        return new RefundOrderCommand(ORDER, TENANT, REFUND, amount, List.of(tickets), REASON);
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

        @Override
        public RefundOutcome refund(RefundRequest request) {
            return new RefundOutcome(name + "-ref-" + request.refundId(), true);
        }
    }
}
