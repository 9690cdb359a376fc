package io.admitone.benchmarks.replay;

import io.admitone.kernel.SecretSeal;
import io.admitone.kernel.catalog.venue.Seat;
import io.admitone.kernel.money.Money;
import io.admitone.kernel.onsale.HoldId;
import io.admitone.kernel.onsale.OrderId;
import io.admitone.kernel.onsale.RefundId;
import io.admitone.kernel.onsale.hold.HoldConverted;
import io.admitone.kernel.onsale.hold.HoldExpired;
import io.admitone.kernel.onsale.hold.HoldLine;
import io.admitone.kernel.onsale.hold.HoldPlaced;
import io.admitone.kernel.onsale.hold.HoldReleased;
import io.admitone.kernel.onsale.order.IssuedTicket;
import io.admitone.kernel.onsale.order.OrderConfirmed;
import io.admitone.kernel.onsale.order.OrderPlace;
import io.admitone.kernel.onsale.order.OrderPlaced;
import io.admitone.kernel.onsale.order.OrderRefunded;
import io.admitone.kernel.onsale.order.OrderStatus;
import io.admitone.kernel.onsale.order.Payment;
import io.admitone.kernel.onsale.order.RefundOutcome;
import io.admitone.kernel.onsale.order.TicketCheckedIn;
import io.admitone.kernel.personaldata.BuyerKeyId;
import io.admitone.kernel.personaldata.SealedBuyer;

import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Writes the life of one hold after another, as the command side records it: the hold and its places held in the
 * partition; then it expires (15 %) or is released (5 %), its places going back, or it is ordered, paid with the test
 * card at once, turned into the order and its places sold. Of the orders, 8 % are refunded in full (their tickets
 * void, their places back on sale) and 40 % of the others are checked in at the door. Buyers are sealed as orders
 * seal them, under keys that no vault holds: a replay looks each one up, finds it erased and writes no buyer.
 */
final class SalesGenerator {

    private static final Duration HOLD_TIME = Duration.ofMinutes(10);
    private static final Duration PAYMENT_TIME = Duration.ofMinutes(15);
    private static final Payment TEST_CARD = new Payment("test", "card-success");

    private final EventAppender events;
    private final Random random;
    private final SecretSeal buyerSeal = new SecretSeal(new byte[32]);

    SalesGenerator(EventAppender events, Random random) {
        this.events = events;
        this.random = random;
    }

    void sellOnce(OnSalePerformance performance) {
        HoldId holdId = HoldId.random();
        Placement placement = placement(performance);
        List<HoldLine> lines = placement.lines();
        Money total = lines.stream().map(HoldLine::price).reduce(Money::plus).orElseThrow();
        String tokenHash = randomHex();
        Instant expiresAt = events.now().plus(HOLD_TIME);
        events.append("Hold", holdId, new HoldPlaced(holdId, performance.tenantId, performance.eventId,
                performance.performanceId, lines, total, List.of(placement.heldPlaces()), tokenHash, expiresAt,
                events.now()));
        events.append(placement.aggregateType(), placement.partitionId(), placement.held(holdId, expiresAt,
                events.now()));
        double outcome = random.nextDouble();
        if (outcome < 0.15) {
            events.append("Hold", holdId, new HoldExpired(holdId, performance.tenantId, performance.performanceId,
                    List.of(placement.heldPlaces()), events.now()));
            events.append(placement.aggregateType(), placement.partitionId(), placement.released(holdId, true,
                    events.now()));
        } else if (outcome < 0.2) {
            events.append("Hold", holdId, new HoldReleased(holdId, performance.tenantId, performance.performanceId,
                    List.of(placement.heldPlaces()), false, events.now()));
            events.append(placement.aggregateType(), placement.partitionId(), placement.released(holdId, false,
                    events.now()));
        } else {
            order(performance, holdId, placement, total, tokenHash);
        }
    }

    private void order(OnSalePerformance performance, HoldId holdId, Placement placement, Money total,
                       String tokenHash) {
        OrderId orderId = OrderId.random();
        List<HoldLine> lines = placement.lines();
        String buyer = "buyer-" + randomHex().substring(0, 10);
        SealedBuyer sealed = new SealedBuyer(new BuyerKeyId(new UUID(random.nextLong(), random.nextLong())),
                buyerSeal.seal("{\"name\":\"Buyer " + buyer + "\",\"email\":\"" + buyer + "@example.org\"}"));
        events.append("Order", orderId, new OrderPlaced(orderId, performance.tenantId, performance.eventId,
                performance.performanceId, holdId, sealed, TEST_CARD,
                lines, total, tokenHash, null, events.now(), events.now().plus(PAYMENT_TIME)));
        List<IssuedTicket> tickets = lines.stream().map(line -> new IssuedTicket(UUID.randomUUID(),
                line.ticketTypeId(), line.seat(), randomHex().substring(0, 16).toUpperCase())).toList();
        events.append("Order", orderId, new OrderConfirmed(orderId, performance.tenantId, performance.performanceId,
                total, tickets, false, events.now()));
        events.append("Hold", holdId, new HoldConverted(holdId, performance.tenantId, performance.performanceId,
                List.of(placement.heldPlaces()), orderId, events.now()));
        events.append(placement.aggregateType(), placement.partitionId(), placement.sold(holdId, orderId,
                events.now()));
        if (random.nextDouble() < 0.08) {
            List<UUID> ticketIds = tickets.stream().map(IssuedTicket::ticketId).toList();
            List<OrderPlace> returned = tickets.stream()
                    .map(ticket -> new OrderPlace(placement.partitionId(), ticket.ticketId(), ticket.seat())).toList();
            events.append("Order", orderId, new OrderRefunded(orderId, performance.tenantId,
                    performance.performanceId, RefundId.random(), total, "cannot come", ticketIds, returned, "test",
                    new RefundOutcome("refund-" + randomHex().substring(0, 12), true), OrderStatus.REFUNDED,
                    events.now()));
            events.append(placement.aggregateType(), placement.partitionId(), placement.returned(orderId, ticketIds,
                    events.now()));
        } else if (random.nextDouble() < 0.4) {
            tickets.forEach(ticket -> events.append("Order", orderId, new TicketCheckedIn(orderId,
                    performance.tenantId, performance.performanceId, ticket.ticketId(), events.now(), "gate-1")));
        }
    }

    /** Two seats side by side in half the holds while the seats last, else one to four standing places. */
    private Placement placement(OnSalePerformance performance) {
        List<Seat> seats = random.nextBoolean() ? performance.takeSeats(2) : List.of();
        if (!seats.isEmpty()) {
            return new SeatedPlacement(performance, seats);
        }
        return new StandingPlacement(performance, random.nextInt(performance.slices.size()), 1 + random.nextInt(4));
    }

    private String randomHex() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
