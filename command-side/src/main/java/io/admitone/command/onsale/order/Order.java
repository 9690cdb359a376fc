package io.admitone.command.onsale.order;

import io.admitone.command.onsale.payment.PaymentProvider.PaymentRequest;
import io.admitone.command.onsale.payment.PaymentProvider.RefundRequest;
import io.admitone.command.onsale.payment.PaymentProviders;
import io.admitone.command.secrets.SecretTokens;
import io.admitone.kernel.Digests;
import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.money.Money;
import io.admitone.kernel.onsale.OrderId;
import io.admitone.kernel.onsale.RefundId;
import io.admitone.kernel.onsale.hold.HoldLine;
import io.admitone.kernel.onsale.order.CancelOrderCommand;
import io.admitone.kernel.onsale.order.CheckInResult;
import io.admitone.kernel.onsale.order.CheckInTicketCommand;
import io.admitone.kernel.onsale.order.ConfirmPaymentCommand;
import io.admitone.kernel.onsale.order.ExpireUnpaidOrderCommand;
import io.admitone.kernel.onsale.order.IssuedTicket;
import io.admitone.kernel.onsale.order.MarkOrderPaidCommand;
import io.admitone.kernel.onsale.order.OrderCancelled;
import io.admitone.kernel.onsale.order.OrderConfirmed;
import io.admitone.kernel.onsale.order.OrderExpired;
import io.admitone.kernel.onsale.order.OrderPaymentFailed;
import io.admitone.kernel.onsale.order.OrderPlaced;
import io.admitone.kernel.onsale.order.OrderRefunded;
import io.admitone.kernel.onsale.order.OrderStatus;
import io.admitone.kernel.onsale.order.Payment;
import io.admitone.kernel.onsale.order.PaymentOutcome;
import io.admitone.kernel.onsale.order.PlaceOrderCommand;
import io.admitone.kernel.onsale.order.RefundOrderCommand;
import io.admitone.kernel.onsale.order.RefundOutcome;
import io.admitone.kernel.onsale.order.TicketCheckedIn;
import io.admitone.kernel.organisation.TenantId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An order made from a hold: awaiting payment, confirmed with one ticket per place, or failed. Its places were sold
 * (or, when the first payment attempt failed, given back) before it was placed; here it records the payment, and
 * what gives places back: expiry at its due date, cancellation and refunds that void tickets. Revision 2 keeps the
 * due date, what was refunded, the void tickets and the check-ins; older snapshots are ignored.
 */
@Revision("2")
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
    private Instant dueAt;
    private Money refunded;
    private Set<UUID> voided = new HashSet<>();
    private Map<UUID, Instant> checkedIn = new HashMap<>();

    Order() {
    }

    /**
     * The outcome's events follow once the order's own state is set. A payment waiting for the buyer's action is due
     * by a deadline of its own, minutes away; one left for staff to settle expires days later, by the
     * {@code unpaid-order-expiry} job.
     */
    @CommandHandler
    Order(PlaceOrderCommand command, Clock clock, SecretTokens tokens, DeadlineManager deadlines) {
        Instant now = clock.instant();
        PaymentOutcome outcome = command.outcome();
        apply(new OrderPlaced(command.orderId(), command.tenantId(), command.eventId(), command.performanceId(),
                command.holdId(), command.buyer(), command.payment(), command.lines(), command.total(),
                command.tokenHash(), outcome.kind() == PaymentOutcome.Kind.PENDING ? outcome.nextAction() : null,
                now, command.dueAt())).andThen(() -> {
                    switch (outcome.kind()) {
                        case SETTLED -> confirm(false, now, tokens);
                        case FAILED -> apply(new OrderPaymentFailed(orderId, tenantId, performanceId,
                                outcome.reason(), now));
                        case PENDING -> { }
                    }
                });
        if (outcome.kind() == PaymentOutcome.Kind.PENDING && outcome.nextAction() != null && command.dueAt() != null) {
            deadlines.schedule(command.dueAt(), PaymentDue.NAME, new PaymentDue(command.orderId()));
        }
    }

    /** Answers the status the order reached. */
    @CommandHandler
    OrderStatus handle(ConfirmPaymentCommand command, PaymentProviders providers, Clock clock,
                       SecretTokens tokens) {
        if (!tenantId.equals(command.tenantId()) || !Digests.same(command.tokenHash(), tokenHash)) {
            throw new Rejections.OrderNotFound(orderId);
        }
        Instant now = clock.instant();
        requireNotPastDue(now);
        if (status != OrderStatus.AWAITING_PAYMENT || nextAction == null) {
            throw new Rejections.NothingToConfirm(orderId);
        }
        PaymentOutcome outcome = providers.provider(tenantId, payment.provider())
                .confirm(new PaymentRequest(orderId, total, payment.method()));
        if (outcome.kind() != PaymentOutcome.Kind.SETTLED) {
            throw new Rejections.PaymentNotSettled(orderId);
        }
        confirm(false, now, tokens);
        return status;
    }

    @CommandHandler
    OrderStatus handle(MarkOrderPaidCommand command, Clock clock, SecretTokens tokens) {
        requireTenant(command.tenantId());
        Instant now = clock.instant();
        requireNotPastDue(now);
        if (status != OrderStatus.AWAITING_PAYMENT) {
            throw new Rejections.NotAwaitingPayment(orderId, status);
        }
        confirm(true, now, tokens);
        return status;
    }

    /** An unpaid order just ends; a paid one pays back all that is left and voids every valid ticket first. */
    @CommandHandler
    OrderStatus handle(CancelOrderCommand command, PaymentProviders providers, Clock clock) {
        requireTenant(command.tenantId());
        Instant now = clock.instant();
        switch (status) {
            case AWAITING_PAYMENT -> apply(new OrderCancelled(orderId, tenantId, performanceId, command.reason(),
                    tickets().all(), now));
            case CONFIRMED, PARTIALLY_REFUNDED -> {
                refund(cancellationRefund(), RefundPlan.rest(tickets(), remaining()), command.reason(), providers,
                        now);
                apply(new OrderCancelled(orderId, tenantId, performanceId, command.reason(), List.of(), now));
            }
            default -> throw new Rejections.NotCancellable(orderId, status);
        }
        return status;
    }

    @CommandHandler
    RefundResult handle(RefundOrderCommand command, PaymentProviders providers, Clock clock) {
        requireTenant(command.tenantId());
        if (status != OrderStatus.CONFIRMED && status != OrderStatus.PARTIALLY_REFUNDED) {
            throw new Rejections.NotRefundable(orderId, status);
        }
        RefundPlan plan = RefundPlan.of(command.amount(), command.ticketIds(), tickets(), remaining());
        refund(command.refundId(), plan, command.reason(), providers, clock.instant());
        return new RefundResult(command.refundId(), plan.amount(), plan.tickets(), status);
    }

    /**
     * Answers what the door is told; only an admission changes anything. Axon handles one command per order at a
     * time, so two scanners presenting the same ticket at once get one ADMITTED and one ALREADY_USED. A void
     * ticket, or one of an order that is not paid, is invalid.
     */
    @CommandHandler
    CheckInResult handle(CheckInTicketCommand command, Clock clock) {
        Optional<HoldLine> line = tickets().validLine(command.ticketId());
        boolean paid = status == OrderStatus.CONFIRMED || status == OrderStatus.PARTIALLY_REFUNDED;
        if (!tenantId.equals(command.tenantId()) || !paid || line.isEmpty()) {
            return CheckInResult.invalid();
        }
        if (!performanceId.equals(command.performanceId())) {
            return checkIn(CheckInResult.Outcome.WRONG_PERFORMANCE, command.ticketId(), line.get(), null);
        }
        Instant firstUse = checkedIn.get(command.ticketId());
        if (firstUse != null) {
            return checkIn(CheckInResult.Outcome.ALREADY_USED, command.ticketId(), line.get(), firstUse);
        }
        // as precise as the read model keeps it, so that the door and the order read show the same instant
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        apply(new TicketCheckedIn(orderId, tenantId, performanceId, command.ticketId(), now, command.by()));
        return checkIn(CheckInResult.Outcome.ADMITTED, command.ticketId(), line.get(), now);
    }

    private static CheckInResult checkIn(CheckInResult.Outcome outcome, UUID ticketId, HoldLine line,
                                         Instant usedAt) {
        return new CheckInResult(outcome, ticketId, line.seat(), line.ticketTypeId(), usedAt);
    }

    /** The tickets were never issued; the places the partitions sold to the order go back on sale. */
    @DeadlineHandler(deadlineName = PaymentDue.NAME)
    void expire(PaymentDue due, Clock clock) {
        if (status == OrderStatus.AWAITING_PAYMENT) {
            expire(clock.instant());
        }
    }

    /** Answers whether the order expired now. */
    @CommandHandler
    boolean handle(ExpireUnpaidOrderCommand command, Clock clock) {
        requireTenant(command.tenantId());
        Instant now = clock.instant();
        if (status != OrderStatus.AWAITING_PAYMENT || dueAt == null || now.isBefore(dueAt)) {
            return false;
        }
        expire(now);
        return true;
    }

    private void expire(Instant now) {
        apply(new OrderExpired(orderId, tenantId, performanceId, tickets().all(), dueAt, now));
    }

    private void confirm(boolean byStaff, Instant now, SecretTokens tokens) {
        List<IssuedTicket> tickets = IntStream.range(0, lines.size())
                .mapToObj(i -> new IssuedTicket(OrderTickets.ticketId(orderId, i), lines.get(i).ticketTypeId(),
                        lines.get(i).seat(), tokens.newToken()))
                .toList();
        apply(new OrderConfirmed(orderId, tenantId, performanceId, total, tickets, byStaff, now));
    }

    /** Fully refunded once no money is left to pay back and no ticket is left valid. */
    private void refund(RefundId refundId, RefundPlan plan, String reason, PaymentProviders providers,
                        Instant now) {
        RefundOutcome outcome = providers.provider(tenantId, payment.provider())
                .refund(new RefundRequest(orderId, refundId, plan.amount(), payment.method()));
        boolean everything = remaining().equals(plan.amount())
                && tickets().valid().size() == plan.tickets().size();
        apply(new OrderRefunded(orderId, tenantId, performanceId, refundId, plan.amount(), reason, plan.tickets(),
                plan.places(), payment.provider(), outcome,
                everything ? OrderStatus.REFUNDED : OrderStatus.PARTIALLY_REFUNDED, now));
    }

    /** One cancellation per order, so its refund's id follows from the order. */
    private RefundId cancellationRefund() {
        return new RefundId(UUID.nameUUIDFromBytes((orderId + "#cancel").getBytes(StandardCharsets.UTF_8)));
    }

    private void requireTenant(TenantId tenant) {
        if (!tenantId.equals(tenant)) {
            throw new Rejections.OrderNotFound(orderId);
        }
    }

    /** Past its due date an order is over even before its deadline has run. */
    private void requireNotPastDue(Instant now) {
        if (status == OrderStatus.EXPIRED
                || status == OrderStatus.AWAITING_PAYMENT && dueAt != null && !now.isBefore(dueAt)) {
            throw new Rejections.OrderPastDue(orderId);
        }
    }

    private OrderTickets tickets() {
        return new OrderTickets(orderId, lines, voided);
    }

    private Money remaining() {
        return total.minus(refunded);
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
        dueAt = event.dueAt();
        refunded = Money.zero(event.total().currency());
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

    @EventSourcingHandler
    void on(OrderExpired event) {
        status = OrderStatus.EXPIRED;
        nextAction = null;
    }

    @EventSourcingHandler
    void on(OrderRefunded event) {
        refunded = refunded.plus(event.amount());
        voided.addAll(event.voidedTickets());
        status = event.status();
    }

    @EventSourcingHandler
    void on(OrderCancelled event) {
        status = OrderStatus.CANCELLED;
        nextAction = null;
    }

    @EventSourcingHandler
    void on(TicketCheckedIn event) {
        checkedIn.put(event.ticketId(), event.checkedInAt());
    }
}
