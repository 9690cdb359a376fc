package io.admitone.command.onsale.order;

import io.admitone.command.onsale.payment.PaymentProvider.PaymentRequest;
import io.admitone.command.onsale.payment.PaymentProviders;
import io.admitone.command.secrets.SecretTokens;
import io.admitone.kernel.Digests;
import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.money.Money;
import io.admitone.kernel.onsale.OrderId;
import io.admitone.kernel.onsale.hold.HoldLine;
import io.admitone.kernel.onsale.order.CheckInResult;
import io.admitone.kernel.onsale.order.CheckInTicketCommand;
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
import io.admitone.kernel.onsale.order.TicketCheckedIn;
import io.admitone.kernel.organisation.TenantId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An order made from a hold: awaiting payment, confirmed with one ticket per place, or failed. Its places were sold
 * (or, when the first payment attempt failed, given back) before it was placed; here it only records the payment.
 */
@Aggregate(snapshotTriggerDefinition = "aggregateSnapshotTrigger", cache = "aggregateCache")
class Order {

    @AggregateIdentifier
    private OrderId orderId;
    private TenantId tenantId;
    private PerformanceId performanceId;
    private Payment payment;
    private List<HoldLine> lines;
    private Money total;
    private String tokenHash;
    private String nextAction;
    private OrderStatus status;

    Order() {
    }

    /** The outcome's events follow once the order's own state is set. */
    @CommandHandler
    Order(PlaceOrderCommand command, Clock clock, SecretTokens tokens) {
        Instant now = clock.instant();
        PaymentOutcome outcome = command.outcome();
        apply(new OrderPlaced(command.orderId(), command.tenantId(), command.eventId(), command.performanceId(),
                command.holdId(), command.buyer(), command.payment(), command.lines(), command.total(),
                command.tokenHash(), outcome.kind() == PaymentOutcome.Kind.PENDING ? outcome.nextAction() : null,
                now)).andThen(() -> {
                    switch (outcome.kind()) {
                        case SETTLED -> confirm(false, now, tokens);
                        case FAILED -> apply(new OrderPaymentFailed(orderId, tenantId, performanceId,
                                outcome.reason(), now));
                        case PENDING -> { }
                    }
                });
    }

    /** Answers the status the order reached. */
    @CommandHandler
    OrderStatus handle(ConfirmPaymentCommand command, PaymentProviders providers, Clock clock,
                       SecretTokens tokens) {
        if (!tenantId.equals(command.tenantId()) || !Digests.same(command.tokenHash(), tokenHash)) {
            throw new Rejections.OrderNotFound(orderId);
        }
        if (status != OrderStatus.AWAITING_PAYMENT || nextAction == null) {
            throw new Rejections.NothingToConfirm(orderId);
        }
        PaymentOutcome outcome = providers.provider(payment.provider())
                .confirm(new PaymentRequest(orderId, total, payment.method()));
        if (outcome.kind() != PaymentOutcome.Kind.SETTLED) {
            throw new Rejections.PaymentNotSettled(orderId);
        }
        confirm(false, clock.instant(), tokens);
        return status;
    }

    @CommandHandler
    OrderStatus handle(MarkOrderPaidCommand command, Clock clock, SecretTokens tokens) {
        if (!tenantId.equals(command.tenantId())) {
            throw new Rejections.OrderNotFound(orderId);
        }
        if (status != OrderStatus.AWAITING_PAYMENT) {
            throw new Rejections.NotAwaitingPayment(orderId, status);
        }
        confirm(true, clock.instant(), tokens);
        return status;
    }

    /** Ticket ids follow from the order and the place, so that the same order never issues two sets. */
    private void confirm(boolean byStaff, Instant now, SecretTokens tokens) {
        List<IssuedTicket> tickets = IntStream.range(0, lines.size())
                .mapToObj(i -> new IssuedTicket(ticketId(i), lines.get(i).ticketTypeId(), lines.get(i).seat(),
                        tokens.newToken()))
                .toList();
        apply(new OrderConfirmed(orderId, tenantId, performanceId, total, tickets, byStaff, now));
    }

    private UUID ticketId(int place) {
        return UUID.nameUUIDFromBytes((orderId + "#" + place).getBytes(StandardCharsets.UTF_8));
    }

    @EventSourcingHandler
    void on(OrderPlaced event) {
        orderId = event.orderId();
        tenantId = event.tenantId();
        performanceId = event.performanceId();
        payment = event.payment();
        lines = event.lines();
        total = event.total();
        tokenHash = event.tokenHash();
        nextAction = event.nextAction();
        status = OrderStatus.AWAITING_PAYMENT;
    }

    @EventSourcingHandler
    void on(OrderConfirmed event) {
        status = OrderStatus.CONFIRMED;
        nextAction = null;
    }

    @EventSourcingHandler
    void on(OrderPaymentFailed event) {
        status = OrderStatus.PAYMENT_FAILED;
        nextAction = null;
    }

    // Check-in: which of the order's tickets were let in, and when. Axon handles one command per order at a time,
    // so two scanners presenting the same ticket at once get one ADMITTED and one ALREADY_USED.

    private Map<UUID, Instant> checkedIn = new HashMap<>();

    /** Answers what the door is told; only an admission changes anything. */
    @CommandHandler
    CheckInResult handle(CheckInTicketCommand command, Clock clock) {
        int place = placeOf(command.ticketId());
        if (!tenantId.equals(command.tenantId()) || status != OrderStatus.CONFIRMED || place < 0) {
            return CheckInResult.invalid();
        }
        if (!performanceId.equals(command.performanceId())) {
            return checkIn(CheckInResult.Outcome.WRONG_PERFORMANCE, place, null);
        }
        Instant firstUse = checkedIn.get(command.ticketId());
        if (firstUse != null) {
            return checkIn(CheckInResult.Outcome.ALREADY_USED, place, firstUse);
        }
        // as precise as the read model keeps it, so that the door and the order read show the same instant
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        apply(new TicketCheckedIn(orderId, tenantId, performanceId, command.ticketId(), now, command.by()));
        return checkIn(CheckInResult.Outcome.ADMITTED, place, now);
    }

    /** The place whose ticket this is, or -1 when the order issued no such ticket. */
    private int placeOf(UUID ticketId) {
        return IntStream.range(0, lines.size()).filter(place -> ticketId(place).equals(ticketId)).findFirst()
                .orElse(-1);
    }

    private CheckInResult checkIn(CheckInResult.Outcome outcome, int place, Instant usedAt) {
        HoldLine line = lines.get(place);
        return new CheckInResult(outcome, ticketId(place), line.seat(), line.ticketTypeId(), usedAt);
    }

    @EventSourcingHandler
    void on(TicketCheckedIn event) {
        checkedIn.put(event.ticketId(), event.checkedInAt());
    }
}
